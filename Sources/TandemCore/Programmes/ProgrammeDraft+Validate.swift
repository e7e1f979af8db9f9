extension ProgrammeDraft {
    /// The valid programme, or every problem at once.
    public func validate() throws(ValidationFailure) -> ValidProgramme {
        typealias Limits = ValidProgramme
        var errors = FieldErrorCollector()
        let name = errors.text(
            name, field: "name", required: "Enter a name.", max: Limits.maxNameLength,
            tooLong: "Keep the name to \(Limits.maxNameLength) characters or fewer.")
        let description = errors.text(
            description, field: "description", max: Limits.maxDescriptionLength,
            tooLong: "Keep the description to \(Limits.maxDescriptionLength) characters or fewer.")
        let type = errors.choice(
            type, as: ProgrammeType.self, field: "type", message: "Choose a programme type.")
        let mode = errors.choice(
            mode, as: ProgrammeMode.self, field: "mode", message: "Choose formal or informal.")
        let capacity = errors.integer(
            defaultCapacity, field: "default_capacity", in: Limits.capacityRange,
            message: "Enter a number of places from 1 to 50.")
        let questions = validQuestions(&errors)
        let firstMeetingDays = firstMeetingDays.trimmed.isEmpty ? HealthRules.defaultFirstMeetingDays : errors.integer(
            firstMeetingDays, field: "first_meeting_days", in: HealthRules.firstMeetingDaysRange,
            message: "Enter a number of days from 1 to 365.")
        // Dates only matter for formal programmes; informal ones ignore whatever was sent.
        let schedule = mode == .formal ? validSchedule(&errors) : nil
        try errors.throwIfAny()
        guard let type, let mode, let capacity, let firstMeetingDays else { throw ValidationFailure(errors.errors) }
        return ValidProgramme(
            name: name, description: description, type: type, mode: mode,
            defaultCapacity: capacity, questions: questions, schedule: schedule, firstMeetingDays: firstMeetingDays)
    }

    private func validQuestions(_ errors: inout FieldErrorCollector) -> [String] {
        let lines = questions.split(whereSeparator: \.isNewline).map { String($0).trimmed }
            .filter { !$0.isEmpty }
        if lines.count > ValidProgramme.maxQuestions {
            errors.add("questions", .tooMany, "Ask at most 10 questions, one per line.")
        } else if lines.contains(where: { $0.count > ValidProgramme.maxQuestionLength }) {
            errors.add("questions", .tooLong, "Keep each question to 300 characters or fewer.")
        }
        return lines
    }

    private func validSchedule(_ errors: inout FieldErrorCollector) -> ProgrammeSchedule? {
        let fields: [(name: String, label: String, raw: String)] = [
            ("enrolment_starts", "enrolment start date", enrolmentStarts),
            ("matching_starts", "matching date", matchingStarts),
            ("active_starts", "active date", activeStarts),
            ("closing_starts", "closing date", closingStarts),
            ("ends_on", "end date", endsOn),
        ]
        var dates: [LocalDate?] = []
        for field in fields {
            let text = field.raw.trimmed
            let date = LocalDate(iso: text)
            if text.isEmpty {
                errors.add(field.name, .required, "Choose the \(field.label).")
            } else if date == nil {
                errors.add(field.name, .invalid, "Enter the \(field.label) as YYYY-MM-DD.")
            }
            dates.append(date)
        }
        for index in 1..<fields.count {
            guard let earlier = dates[index - 1], let later = dates[index] else { continue }
            let isLast = index == fields.count - 1
            // The end date must leave at least one day of closing; other phases may be empty.
            if isLast ? later <= earlier : later < earlier {
                let relation = isLast ? "after" : "on or after"
                errors.add(
                    fields[index].name, .order,
                    "Choose a date \(relation) the \(fields[index - 1].label).")
            }
        }
        guard let e = dates[0], let m = dates[1], let a = dates[2], let c = dates[3], let end = dates[4]
        else { return nil }
        return ProgrammeSchedule(
            enrolmentStarts: e, matchingStarts: m, activeStarts: a, closingStarts: c, endsOn: end)
    }
}
