extension SmartCheck {
    static let missingMeasureHint = "Add a measure of success: a number or a deliverable."
    static let vagueMeasureHint =
        "Say how you will know it is done: a number, a deliverable, or who will notice."

    /// Met when the measure or the description holds a quantity or evidence someone can see.
    /// The title does not count: titles are full of verbs like "run" and "lead" that say what
    /// will be done, not how anyone will know it was.
    static func measurable(_ input: SmartInput) -> SmartFinding {
        if [input.measure, input.description].contains(where: showsEvidence) {
            return .met(.measurable)
        }
        return .unmet(.measurable, input.measure.trimmed.isEmpty ? missingMeasureHint : vagueMeasureHint)
    }

    static func showsEvidence(_ text: String) -> Bool {
        let words = GoalText(text)
        return hasQuantity(text) || words.firstWord(in: SmartVocabulary.numberWords) != nil
            || words.firstWord(in: SmartVocabulary.evidence) != nil
    }

    /// A number, a percentage or a score such as "4/5", but not a date ("2027-03-31",
    /// "31/03/2027"), a year ("2027") or a quarter ("Q3"), which say when rather than how much.
    static func hasQuantity(_ text: String) -> Bool {
        let trim: Set<Character> = [".", ",", ";", ":", "!", "?", "(", ")", "\"", "'", "[", "]"]
        for raw in text.lowercased().split(whereSeparator: \.isWhitespace) {
            let word = String(raw.drop(while: trim.contains).reversed().drop(while: trim.contains).reversed())
            guard word.contains(where: \.isNumber), !isWhen(word) else { continue }
            return true
        }
        return false
    }

    private static func isWhen(_ word: String) -> Bool {
        if LocalDate(iso: word) != nil { return true }
        let parts = word.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return true }
        if word.count == 4, let year = Int(word), (1900...2199).contains(year) { return true }
        return ["q1", "q2", "q3", "q4", "h1", "h2"].contains(word)
    }
}
