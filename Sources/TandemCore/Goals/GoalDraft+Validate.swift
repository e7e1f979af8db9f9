extension GoalDraft {
    /// The trimmed goal, or every problem at once. A goal that is not SMART is still valid:
    /// `SmartCheck` only gives advice.
    public func validate() throws(ValidationFailure) -> ValidGoal {
        typealias Limits = ValidGoal
        var errors = FieldErrorCollector()
        let title = errors.text(
            title, field: "title", required: "Give your goal a short title.",
            max: Limits.maxTitleLength,
            tooLong: "Keep the title to \(Limits.maxTitleLength) characters or fewer.")
        let description = errors.text(
            description, field: "description", max: Limits.maxDescriptionLength,
            tooLong: "Keep the description to \(Limits.maxDescriptionLength) characters or fewer.")
        let measure = errors.text(
            measure, field: "measure", max: Limits.maxMeasureLength,
            tooLong: "Keep the measure of success to \(Limits.maxMeasureLength) characters or fewer.")
        let targetDate = validTargetDate(&errors)
        // An empty choice means the form's default, so a bare API call still works.
        let status = errors.choice(
            status.trimmed.isEmpty ? GoalStatus.notStarted.rawValue : status,
            as: GoalStatus.self, field: "status", message: "Choose a status from the list.")
        let visibility = errors.choice(
            visibility.trimmed.isEmpty ? GoalVisibility.pair.rawValue : visibility,
            as: GoalVisibility.self, field: "visibility", message: "Choose who can see this goal.")
        let milestones = validMilestones(&errors)
        try errors.throwIfAny()
        guard let status, let visibility else { throw ValidationFailure(errors.errors) }
        return ValidGoal(
            title: title, description: description, measure: measure, targetDate: targetDate,
            status: status, visibility: visibility, milestones: milestones)
    }

    private func validTargetDate(_ errors: inout FieldErrorCollector) -> LocalDate? {
        let text = targetDate.trimmed
        guard !text.isEmpty else { return nil }
        guard let date = LocalDate(iso: text) else {
            errors.add(
                "target_date", .invalid, "Enter the target date as a date, for example 2027-03-31.")
            return nil
        }
        return date
    }

    private func validMilestones(_ errors: inout FieldErrorCollector) -> [String] {
        let lines = milestones.split(whereSeparator: \.isNewline).map { String($0).trimmed }
            .filter { !$0.isEmpty }
        if lines.count > ValidGoal.maxMilestones {
            errors.add(
                "milestones", .tooMany,
                "List at most \(ValidGoal.maxMilestones) milestones, one per line.")
        }
        if lines.contains(where: { TextLimit.exceeds($0, characters: ValidGoal.maxMilestoneLength) }) {
            errors.add(
                "milestones", .tooLong,
                "Keep each milestone to \(ValidGoal.maxMilestoneLength) characters or fewer.")
        }
        return lines
    }
}
