extension MessageText {
    /// Longer addresses stay plain text, so a pasted blob cannot become one giant link.
    public static let maxLinkLength = 2000

    /// A web address found in a message: where it is in the text, and where it should point.
    struct Link: Hashable {
        var range: Range<String.Index>
        /// What the anchor points at: the text itself, or "https://" + text for "www." addresses.
        var href: String
    }

    /// Web addresses in `text`, in order and never overlapping. Only `http://`, `https://` and
    /// `www.` start one, each at the start of a word, so no other scheme can become a link.
    static func links(in text: String) -> [Link] {
        var scanner = LinkScanner(text: text)
        return scanner.links()
    }
}

/// Finds links in one pass: the text splits into runs between whitespace, control characters,
/// `<` and `>`, an address always ends where its run ends (less trailing punctuation), so each
/// run holds at most one link and every character is looked at a bounded number of times.
/// `steps` counts those looks, so tests can hold the work to a multiple of the length.
struct LinkScanner {
    let text: String
    private(set) var steps = 0

    init(text: String) {
        self.text = text
    }

    mutating func links() -> [MessageText.Link] {
        var links: [MessageText.Link] = []
        var index = text.startIndex
        while index < text.endIndex {
            steps += 1
            if Self.endsRun(text[index]) {
                index = text.index(after: index)
                continue
            }
            let runEnd = self.runEnd(from: index)
            if let link = link(in: index..<runEnd) { links.append(link) }
            index = runEnd
        }
        return links
    }

    /// Whitespace, a control character, `<` or `>`: never part of an address.
    static func endsRun(_ character: Character) -> Bool {
        character.isWhitespace || character == "<" || character == ">"
            || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    private mutating func runEnd(from start: String.Index) -> String.Index {
        var index = start
        while index < text.endIndex, !Self.endsRun(text[index]) {
            steps += 1
            index = text.index(after: index)
        }
        return index
    }

    /// The first address that starts inside `run`, unless it is longer than `maxLinkLength`.
    private mutating func link(in run: Range<String.Index>) -> MessageText.Link? {
        var index = run.lowerBound
        while index < run.upperBound {
            steps += 1
            if let prefix = startPrefix(at: index, in: run) {
                return finish(start: index, prefix: prefix, runEnd: run.upperBound)
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The scheme or "www." that starts an address here, with a letter or digit after it.
    private mutating func startPrefix(at start: String.Index, in run: Range<String.Index>) -> String? {
        let previous = start > text.startIndex ? text[text.index(before: start)] : nil
        if previous?.isLetter == true || previous?.isNumber == true { return nil }
        let prefix: String
        if hasPrefix(start, run, "https://") {
            prefix = "https://"
        } else if hasPrefix(start, run, "http://") {
            prefix = "http://"
        } else if hasPrefix(start, run, "www."), !"./@-_".contains(previous ?? " ") {
            prefix = "www."
        } else {
            return nil
        }
        // A scheme or "www." with no host after it is just text. Trimming only removes
        // punctuation, so a letter or digit here is always inside the address.
        let afterPrefix = text.index(start, offsetBy: prefix.count)
        guard afterPrefix < run.upperBound, text[afterPrefix].isLetter || text[afterPrefix].isNumber
        else { return nil }
        return prefix
    }

    /// The address from `start` to the run's end without trailing punctuation that reads as part
    /// of the sentence. A closing bracket stays when it balances one inside the address, as in
    /// Wikipedia's "Swift_(language)".
    private mutating func finish(
        start: String.Index, prefix: String, runEnd: String.Index
    ) -> MessageText.Link? {
        var opened: [Character: Int] = ["(": 0, "[": 0]
        var closed: [Character: Int] = [")": 0, "]": 0]
        var length = 0
        for character in text[start..<runEnd] {
            steps += 1
            length += 1
            if opened[character] != nil { opened[character, default: 0] += 1 }
            if closed[character] != nil { closed[character, default: 0] += 1 }
        }
        var end = runEnd
        while end > start {
            steps += 1
            let last = text.index(before: end)
            let character = text[last]
            guard ".,;:!?)]'\"".contains(character) else { break }
            if character == ")", opened["(", default: 0] >= closed[")", default: 0] { break }
            if character == "]", opened["[", default: 0] >= closed["]", default: 0] { break }
            if closed[character] != nil { closed[character, default: 0] -= 1 }
            length -= 1
            end = last
        }
        guard length <= MessageText.maxLinkLength else { return nil }
        let address = String(text[start..<end])
        return MessageText.Link(range: start..<end, href: prefix == "www." ? "https://" + address : address)
    }

    private mutating func hasPrefix(
        _ start: String.Index, _ run: Range<String.Index>, _ prefix: String
    ) -> Bool {
        var index = start
        for expected in prefix {
            steps += 1
            guard index < run.upperBound, text[index].lowercased() == String(expected) else { return false }
            index = text.index(after: index)
        }
        return true
    }
}
