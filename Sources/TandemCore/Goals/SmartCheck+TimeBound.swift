extension SmartCheck {
    static let missingDateHint = "Add a target date."
    static let passedDateHint = "The target date has passed: choose a new one or mark the goal done."
    static let farDateHint = "Pick a nearer date, or add milestones with their own dates."
    /// Further ahead than this, a date no longer shapes what happens this month.
    static let maxYearsAhead = 2

    static func timeBound(_ input: SmartInput) -> SmartFinding {
        guard let target = input.targetDate else { return .unmet(.timeBound, missingDateHint) }
        if target < input.today { return .unmet(.timeBound, passedDateHint) }
        if let ends = input.programmeEnds, target > ends {
            return .unmet(.timeBound,
                "The target date is after the programme ends (\(ends.readable)): bring it forward.")
        }
        if target > yearsLater(maxYearsAhead, than: input.today) {
            return .unmet(.timeBound, farDateHint)
        }
        return .met(.timeBound)
    }

    /// The same day `years` later; 29 February becomes 28 February in a common year.
    static func yearsLater(_ years: Int, than date: LocalDate) -> LocalDate {
        let year = date.year + years
        let day = min(date.day, LocalDate.daysIn(month: date.month, year: year))
        return LocalDate(year: year, month: date.month, day: day) ?? date.adding(days: 365 * years)
    }
}
