extension SmartCheck {
    static let relevanceHint =
        "Say why this matters to you now: link it to your role or to what this relationship is about"
    /// How many focus areas the hint suggests.
    static let suggestedFocusAreas = 2

    /// Met when the goal mentions a focus area of the relationship or says why it matters.
    static func relevant(text: GoalText, focusAreas: [String]) -> SmartFinding {
        let areas = distinctFocusAreas(focusAreas)
        if areas.contains(where: text.contains(phrase:))
            || text.first(of: SmartVocabulary.purposePhrases) != nil {
            return .met(.relevant)
        }
        let examples = areas.prefix(suggestedFocusAreas)
        let suffix = examples.isEmpty ? "" : " (for example: \(examples.joined(separator: ", ")))"
        return .unmet(.relevant, relevanceHint + suffix + ".")
    }

    /// Trimmed focus areas with words in them, first spelling kept, duplicates (any case) dropped.
    private static func distinctFocusAreas(_ areas: [String]) -> [String] {
        var seen = Set<[String]>()
        return areas.map(\.trimmed).filter { area in
            let words = GoalText.words(in: area)
            return !words.isEmpty && seen.insert(words).inserted
        }
    }
}
