/// A goal's text as lower-case words, so the SMART rules can test for words and phrases the
/// same way everywhere.
///
/// Words are runs of letters and digits; hyphens and slashes separate words ("self-serve" is
/// "self serve", so "front-end" matches "front end"). `+`, `#`, `.` and `'` stay inside a word,
/// so "C++", "C#", "Node.js" and "don't" survive, but not at its ends ("SQL." is "sql").
struct GoalText {
    let words: [String]

    init(_ parts: String...) {
        words = parts.flatMap(Self.words(in:))
    }

    init(words: [String]) {
        self.words = words
    }

    static func words(in text: String) -> [String] {
        let normalised = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        let keptInside: Set<Character> = ["+", "#", ".", "'"]
        let keptAtEnds: Set<Character> = ["+", "#"]
        return normalised
            .split { !($0.isLetter || $0.isNumber || keptInside.contains($0)) }
            .map { raw -> Substring in
                var word = raw[...]
                while let first = word.first, !(first.isLetter || first.isNumber) { word = word.dropFirst() }
                while let last = word.last, !(last.isLetter || last.isNumber || keptAtEnds.contains(last)) {
                    word = word.dropLast()
                }
                return word
            }
            .filter { !$0.isEmpty }
            .map(String.init)
    }

    /// Words that contain a letter, so dates and bare numbers do not make a goal look detailed.
    var letterWordCount: Int {
        words.count { $0.contains(where: \.isLetter) }
    }

    /// True when `phrase`'s words appear next to each other, so "sql" matches "SQL joins" but
    /// not "NoSQL", and "go" does not match "google".
    func contains(phrase: String) -> Bool {
        range(of: Self.words(in: phrase)) != nil
    }

    /// The first of `phrases` that the text contains, in the order given.
    func first(of phrases: [String]) -> String? {
        phrases.first(where: contains(phrase:))
    }

    /// The first word that is one of `forms`.
    func firstWord(in forms: Set<String>) -> String? {
        words.first(where: forms.contains)
    }

    /// The index range where `needle` appears as consecutive words.
    func range(of needle: [String]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= words.count else { return nil }
        for start in 0...(words.count - needle.count)
        where words[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }
}
