import TandemCore

/// Writes a `PeerResult` as the `solve-peers` output: stable key order, pairs ordered by their
/// first member's position in the input, one pair per line so diffs stay readable.
public enum PeerResultJSON {
    public static func serialise(_ result: PeerResult, ids: [String]) -> [UInt8] {
        var out = "{\n"
        out += "  \"objective\": \"\(result.objective.rawValue)\",\n"
        out += "  \"total_score\": \(result.totalScore),\n"
        out += "  \"pairs\": ["
        out += list(result.pairs) { pair in
            let pinned = pair.pinned ? ", \"pinned\": true" : ""
            return "{\"a\": \(quoted(ids[pair.a])), \"b\": \(quoted(ids[pair.b])), \"score\": \(pair.score)\(pinned)}"
        }
        out += "],\n  \"unpaired\": ["
        out += list(result.unpaired) { person in
            "{\"id\": \(quoted(ids[person.index])), \"reason\": \"\(person.reason.rawValue)\", "
                + "\"message\": \(quoted(person.reason.message))}"
        }
        out += "]"
        if let trio = result.trio {
            out += ",\n  \"trio\": {\"a\": \(quoted(ids[trio.pair.a])), \"b\": \(quoted(ids[trio.pair.b])), "
            out += "\"third\": \(quoted(ids[trio.third])), \"added_score\": \(trio.addedScore)}"
        }
        out += "\n}\n"
        return Array(out.utf8)
    }

    private static func list<T>(_ items: [T], _ line: (T) -> String) -> String {
        items.isEmpty ? "" : "\n    " + items.map(line).joined(separator: ",\n    ") + "\n  "
    }

    /// A JSON string literal; escapes quotes, backslashes and control characters.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
