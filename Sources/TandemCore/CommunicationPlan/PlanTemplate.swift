import Foundation

/// Admin-written text with `{{placeholders}}`: found, checked against the fixed list, and filled
/// in one pass, so a value that itself contains "{{partner}}" is never expanded again.
public enum PlanTemplate {
    /// The names inside `{{…}}` that are not on the fixed list, in order of first appearance.
    /// Spaces inside the braces are allowed (`{{ first_name }}`), as people type them.
    public static func unknownPlaceholders(in text: String) -> [String] {
        var unknown: [String] = []
        for piece in pieces(of: text) {
            if case .placeholder(let name, _) = piece, PlanPlaceholder(rawValue: name) == nil, !unknown.contains(name) {
                unknown.append(name)
            }
        }
        return unknown
    }

    /// `text` with every known placeholder replaced by its value, unescaped. Unknown ones (which
    /// validation refuses on save) are left as typed.
    public static func fill(_ text: String, with values: PlanPlaceholderValues) -> String {
        pieces(of: text).map { piece in
            switch piece {
            case .text(let literal): literal
            case .placeholder(let name, let raw): PlanPlaceholder(rawValue: name).map(values.value(of:)) ?? raw
            }
        }.joined()
    }

    enum Piece: Equatable {
        case text(String)
        /// The trimmed name and the text as typed, braces included.
        case placeholder(String, raw: String)
    }

    static func pieces(of text: String) -> [Piece] {
        var result: [Piece] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            if open.lowerBound > rest.startIndex { result.append(.text(String(rest[..<open.lowerBound]))) }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            result.append(.placeholder(name, raw: String(rest[open.lowerBound..<close.upperBound])))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { result.append(.text(String(rest))) }
        return result
    }
}
