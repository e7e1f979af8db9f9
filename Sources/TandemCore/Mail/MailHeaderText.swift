import Foundation

/// Header values: one line, no controls, and RFC 2047 encoded words for anything non-ASCII.
/// Lines stay within 78 characters where a space allows it, and encoded words within 76.
enum MailHeaderText {
    static let softLimit = 78
    static let encodedWordLimit = 75

    /// Control characters (CR and LF above all: header injection) become spaces; runs collapse.
    static func singleLine(_ text: String) -> String {
        let spaced = String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0
        }))
        return spaced.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// A whole header, `Name: value`, folded at spaces. `tokens` are ASCII and joined by one space.
    static func fold(name: String, tokens: [String]) -> String {
        var lines: [String] = []
        var line = name + ":"
        for token in tokens {
            if line.count + 1 + token.count > softLimit, line.count > name.count + 1 {
                lines.append(line)
                line = ""
            }
            line += " " + token
        }
        lines.append(line)
        return lines.joined(separator: "\r\n")
    }

    /// Words of an unstructured value (Subject): plain words when all are short printable ASCII,
    /// otherwise encoded words, which can be split anywhere between characters.
    static func unstructuredTokens(_ value: String, headerName: String) -> [String] {
        let text = singleLine(value)
        let words = text.split(separator: " ").map(String.init)
        let plain = text.allSatisfy { $0.isASCII } && words.allSatisfy { $0.count <= softLimit - headerName.count - 2 }
            && !text.contains("=?")
        return plain ? words : encodedWords(text, firstLineUsed: headerName.count + 2)
    }

    /// A display name as a phrase: atoms, a quoted string, or encoded words.
    static func phraseTokens(_ name: String, headerName: String) -> [String] {
        let text = singleLine(name)
        guard text.allSatisfy({ $0.isASCII }), !text.contains("=?") else {
            return encodedWords(text, firstLineUsed: headerName.count + 2)
        }
        let atext = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "!#$%&'*+-/=?^_`{|}~ "))
        if text.unicodeScalars.allSatisfy({ atext.contains($0) }) {
            return text.split(separator: " ").map(String.init)
        }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return ["\"" + escaped + "\""]
    }

    /// `=?UTF-8?B?…?=` words, each whole characters, the first short enough to follow the header name.
    static func encodedWords(_ text: String, firstLineUsed: Int) -> [String] {
        func byteBudget(_ width: Int) -> Int { max(3, (width - 12) / 4 * 3) }
        var words: [String] = []
        var chunk: [UInt8] = []
        var budget = byteBudget(min(encodedWordLimit, 76 - firstLineUsed))
        for character in text {
            let bytes = Array(String(character).utf8)
            if !chunk.isEmpty, chunk.count + bytes.count > budget {
                words.append(encodedWord(chunk))
                chunk = []
                budget = byteBudget(encodedWordLimit)
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(encodedWord(chunk)) }
        return words
    }

    static func encodedWord(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?="
    }
}
