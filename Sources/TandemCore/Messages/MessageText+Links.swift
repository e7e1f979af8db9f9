extension MessageText {
    /// A web address found in a message: where it is in the text, and where it should point.
    struct Link: Hashable {
        var range: Range<String.Index>
        /// What the anchor points at: the text itself, or "https://" + text for "www." addresses.
        var href: String
    }

    /// Web addresses in `text`, in order and never overlapping. Only `http://`, `https://` and
    /// `www.` start one, each at the start of a word, so no other scheme can become a link.
    static func links(in text: String) -> [Link] {
        var links: [Link] = []
        var index = text.startIndex
        while index < text.endIndex {
            if let link = link(at: index, in: text) {
                links.append(link)
                index = link.range.upperBound
            } else {
                index = text.index(after: index)
            }
        }
        return links
    }

    private static func link(at start: String.Index, in text: String) -> Link? {
        let previous = start > text.startIndex ? text[text.index(before: start)] : nil
        if previous?.isLetter == true || previous?.isNumber == true { return nil }
        let rest = text[start...]
        let prefix: String
        if hasPrefix(rest, "https://") {
            prefix = "https://"
        } else if hasPrefix(rest, "http://") {
            prefix = "http://"
        } else if hasPrefix(rest, "www."), !"./@-_".contains(previous ?? " ") {
            prefix = "www."
        } else {
            return nil
        }
        let end = linkEnd(from: start, in: text)
        let afterPrefix = text.index(start, offsetBy: prefix.count)
        // A scheme or "www." with no host after it is just text.
        guard afterPrefix < end, text[afterPrefix].isLetter || text[afterPrefix].isNumber else { return nil }
        let address = String(text[start..<end])
        return Link(range: start..<end, href: prefix == "www." ? "https://" + address : address)
    }

    /// Where an address starting at `start` ends: at whitespace, a control character, `<` or
    /// `>`, then without trailing punctuation that reads as part of the sentence. A closing
    /// bracket stays when it balances one inside the address, as in Wikipedia's "Swift_(language)".
    private static func linkEnd(from start: String.Index, in text: String) -> String.Index {
        var end = text[start...].firstIndex {
            $0.isWhitespace || "<>".contains($0) || $0.unicodeScalars.contains { $0.properties.generalCategory == .control }
        } ?? text.endIndex
        while end > start {
            let last = text.index(before: end)
            let character = text[last]
            guard ".,;:!?)]'\"".contains(character) else { break }
            let candidate = text[start..<end]
            if character == ")", count(of: "(", in: candidate) >= count(of: ")", in: candidate) { break }
            if character == "]", count(of: "[", in: candidate) >= count(of: "]", in: candidate) { break }
            end = last
        }
        return end
    }

    private static func hasPrefix(_ text: Substring, _ prefix: String) -> Bool {
        text.prefix(prefix.count).lowercased() == prefix
    }

    private static func count(of character: Character, in text: Substring) -> Int {
        text.reduce(0) { $0 + ($1 == character ? 1 : 0) }
    }
}
