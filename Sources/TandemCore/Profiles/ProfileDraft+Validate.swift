import Foundation

extension ProfileDraft {
    /// The valid profile, or every problem at once.
    public func validate() throws(ValidationFailure) -> ValidProfile {
        typealias Limits = ValidProfile
        var errors = FieldErrorCollector()
        let name = errors.text(
            name, field: "name", required: "Enter your name.", max: Limits.maxNameLength,
            tooLong: "Keep your name to \(Limits.maxNameLength) characters or fewer.")
        let title = errors.text(
            title, field: "title", max: Limits.maxTitleLength,
            tooLong: "Keep your job title to \(Limits.maxTitleLength) characters or fewer.")
        let department = errors.text(
            department, field: "department", max: Limits.maxDepartmentLength,
            tooLong: "Keep the department to \(Limits.maxDepartmentLength) characters or fewer.")
        let level = SeniorityLevel.parse(seniority)
        if level == nil {
            errors.add(
                "seniority", seniority.trimmed.isEmpty ? .required : .invalid,
                "Choose a seniority level from 1 to 10, or a level name such as Senior.")
        }
        let zone = timeZone.trimmed
        if TimeZone(identifier: zone) == nil {
            errors.add(
                "time_zone", zone.isEmpty ? .required : .invalid,
                "Choose a time zone such as Europe/London.")
        }
        let languages = validLanguages(&errors)
        let offered = skills(skillsOffered, field: "skills_offered", &errors)
        let wanted = skills(skillsWanted, field: "skills_wanted", &errors)
        let motivators = validMotivators(&errors)
        let style = errors.choice(
            communicationStyle, as: CommunicationStyle.self, field: "communication_style",
            message: "Choose a communication style.")
        let meeting = errors.choice(
            meetingPreference, as: MeetingPreference.self, field: "meeting_preference",
            message: "Choose how you prefer to meet.")
        let hours = errors.integer(
            availabilityHours, field: "availability_hours", in: Limits.availabilityRange,
            message: "Enter your available hours as a number from 0 to 200.")
        let capacity = errors.integer(
            mentorCapacity, field: "mentor_capacity", in: Limits.mentorCapacityRange,
            message: "Enter how many people you can mentor, from 0 to 20.")
        let bio = errors.text(
            bio, field: "bio", max: Limits.maxBioLength,
            tooLong: "Keep your bio to \(Limits.maxBioLength) characters or fewer.")
        try errors.throwIfAny()
        guard let level, let style, let meeting, let hours, let capacity else {
            throw ValidationFailure(errors.errors)
        }
        return ValidProfile(
            name: name, title: title, department: department, seniority: level,
            timeZone: zone, languages: languages, skillsOffered: offered, skillsWanted: wanted,
            motivators: motivators, communicationStyle: style, meetingPreference: meeting,
            availabilityHours: hours, mentorCapacity: capacity, bio: bio)
    }

    private func validLanguages(_ errors: inout FieldErrorCollector) -> [String] {
        var result: [String] = []
        var seen: Set<String> = []
        for part in languages.split(separator: ",") {
            let language = String(part).trimmed
            if !language.isEmpty, seen.insert(language.lowercased()).inserted {
                result.append(language)
            }
        }
        if result.isEmpty {
            errors.add("languages", .required, "Enter at least one language you can mentor in.")
        } else if result.count > ValidProfile.maxLanguages {
            errors.add(
                "languages", .tooMany,
                "List at most \(ValidProfile.maxLanguages) languages; you entered \(result.count).")
        } else if result.contains(where: {
            TextLimit.exceeds($0, characters: ValidProfile.maxLanguageLength)
        }) {
            errors.add("languages", .tooLong, "Keep each language to 40 characters or fewer.")
        }
        return result
    }

    private func skills(
        _ raw: String, field: String, _ errors: inout FieldErrorCollector
    ) -> [SkillTag] {
        switch SkillTagList.parse(raw, field: field) {
        case .success(let tags): return tags
        case .failure(let error):
            errors.add(error)
            return []
        }
    }

    private func validMotivators(_ errors: inout FieldErrorCollector) -> [Motivator] {
        var result: [Motivator] = []
        for raw in motivators.map(\.trimmed) where !raw.isEmpty {
            guard let motivator = Motivator(rawValue: raw) else {
                errors.add("motivators", .invalid, "Choose motivators from the list.")
                return []
            }
            if !result.contains(motivator) { result.append(motivator) }
        }
        return result
    }
}
