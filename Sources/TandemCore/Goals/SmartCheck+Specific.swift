extension SmartCheck {
    static let vagueHint = "Say what exactly will change: which skill, for whom, in what situation."
    /// Below this many words (title and description together) a goal cannot say what changes.
    static let minimumWords = 4
    /// A vague phrase needs more than this many meaningful words around it to become specific.
    static let vagueObjectLimit = 2

    static func specific(title: String, goal: GoalText) -> SmartFinding {
        let outcomes = outcomeCount(in: title)
        if outcomes >= 2 {
            return .unmet(.specific, "Split this: it names \(countWord(outcomes)) outcomes.")
        }
        if goal.letterWordCount < minimumWords || isVague(goal) {
            return .unmet(.specific, vagueHint)
        }
        return .met(.specific)
    }

    /// A vague phrase with little else: "get better at Excel" adds only "excel".
    static func isVague(_ goal: GoalText) -> Bool {
        guard goal.first(of: SmartVocabulary.vaguePhrases) != nil else { return false }
        let meaningful = goal.words.filter {
            $0.contains(where: \.isLetter) && !SmartVocabulary.fillerWords.contains($0)
        }
        return meaningful.count <= vagueObjectLimit
    }

    /// How many separate outcomes the title names (see the rules in `SmartCheck`).
    static func outcomeCount(in title: String) -> Int {
        let parts = titleParts(title)
        let leadingFiller: Set<String> = ["also", "then", "finally", "i", "i'll", "we", "will", "to"]
        var outcomes = 0
        var verbLedParts = 0
        for (index, part) in parts.enumerated() {
            let words = Array(part.drop(while: leadingFiller.contains))
            guard let first = words.first else { continue }
            if SmartVocabulary.outcomeVerbs.contains(first) {
                verbLedParts += 1
                // A bare verb shares the next part's object: "research and write a report".
                if words.count > 1 { outcomes += 1 }
            } else if index == 0 {
                // Nothing before it to attach to, so it is an outcome of its own.
                outcomes += 1
            }
            // Other verb-less parts are more objects of the verb before them.
        }
        if verbLedParts == 0 && parts.count >= 3 { return parts.count }
        return outcomes
    }

    /// The title's words split into list items, ignoring its "so that …" purpose clause.
    private static func titleParts(_ title: String) -> [[String]] {
        let separators: Set<Character> = [",", ";", "&"]
        var parts: [[String]] = []
        for chunk in title.split(whereSeparator: separators.contains) {
            var current: [String] = []
            for word in GoalText.words(in: String(chunk)) {
                if word == "and" || word == "plus" {
                    parts.append(current)
                    current = []
                } else {
                    current.append(word)
                }
            }
            parts.append(current)
        }
        parts = splitAsWellAs(parts)
        return cutAtPurpose(parts).filter { !$0.isEmpty }
    }

    private static func splitAsWellAs(_ parts: [[String]]) -> [[String]] {
        parts.flatMap { part -> [[String]] in
            guard let range = GoalText(words: part).range(of: ["as", "well", "as"]) else { return [part] }
            return [Array(part[..<range.lowerBound]), Array(part[range.upperBound...])]
        }
    }

    /// Drops everything from the first purpose marker on: the "why" is not another outcome.
    private static func cutAtPurpose(_ parts: [[String]]) -> [[String]] {
        var kept: [[String]] = []
        for part in parts {
            let text = GoalText(words: part)
            let cut = SmartVocabulary.purposeMarkers
                .compactMap { text.range(of: GoalText.words(in: $0))?.lowerBound }
                .min()
            guard let cut else {
                kept.append(part)
                continue
            }
            kept.append(Array(part[..<cut]))
            break
        }
        return kept
    }
}
