extension SmartCheck {
    static let tooMuchForTheTimeHint = "This looks like a lot for the time: narrow it or move the date."
    static let tooManyMilestonesHint =
        "That is a lot of milestones for one goal: keep the most important few, or split the goal."
    /// More milestones than this is a programme of work, not one goal.
    static let maxComfortableMilestones = 12
    /// A target this close leaves no room for more than `maxMilestonesInAWeek` milestones.
    static let shortWindowDays = 7
    static let maxMilestonesInAWeek = 2
    /// Absolute words ("master", "fluent") need at least this long.
    static let absoluteGoalDays = 90

    static func achievable(_ input: SmartInput, text: GoalText) -> SmartFinding {
        if input.milestones.count > maxComfortableMilestones {
            return .unmet(.achievable, tooManyMilestonesHint)
        }
        // No date, or a date already passed: Time-bound speaks, not this rule.
        guard let target = input.targetDate, target >= input.today else { return .met(.achievable) }
        if target <= input.today.adding(days: shortWindowDays),
           input.milestones.count > maxMilestonesInAWeek {
            return .unmet(.achievable, tooMuchForTheTimeHint)
        }
        if target < input.today.adding(days: absoluteGoalDays), let word = absoluteWord(in: text) {
            return .unmet(.achievable,
                "“\(word.capitalized)” sets a very high bar for under three months: "
                    + "aim for a clear first step, or move the date.")
        }
        return .met(.achievable)
    }

    /// The first absolute word that is not part of a rhythm or a name: "every week",
    /// "all hands" and "at all" do not count.
    static func absoluteWord(in text: GoalText) -> String? {
        for (index, word) in text.words.enumerated() where SmartVocabulary.absoluteWords.contains(word) {
            let next = text.words.indices.contains(index + 1) ? text.words[index + 1] : ""
            let previous = index > 0 ? text.words[index - 1] : ""
            if (word == "every" || word == "all") && SmartVocabulary.timeUnits.contains(next) { continue }
            if word == "all" && previous == "at" { continue }
            return word
        }
        return nil
    }
}
