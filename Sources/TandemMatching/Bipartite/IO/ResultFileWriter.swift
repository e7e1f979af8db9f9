import TandemCore

/// Writes a result in the `tandem match solve` output format (docs/matching.md): one
/// assignment per line, ids as given. Pure and deterministic.
public enum ResultFileWriter {
    public static func json(_ result: AssignmentResult, problem: AssignmentProblem) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + result.assignments.count * 48)
        out += Array("{\"objective\":\"\(result.objective.rawValue)\",\"total_score\":\(result.totalScore),\"matched\":\(result.matched),\n\"assignments\":[".utf8)
        for (index, pair) in result.assignments.enumerated() {
            out += Array((index == 0 ? "\n" : ",\n").utf8)
            out += Array("{\"mentee\":".utf8)
            appendString(problem.menteeIDs[pair.mentee], to: &out)
            out += Array(",\"mentor\":".utf8)
            appendString(problem.mentorIDs[pair.mentor], to: &out)
            out += Array(",\"score\":\(pair.score)}".utf8)
        }
        out += Array("\n],\n\"unmatched\":[".utf8)
        for (index, mentee) in result.unmatched.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendString(problem.menteeIDs[mentee], to: &out)
        }
        out += Array("]}\n".utf8)
        return out
    }

    /// A JSON string literal with the escapes JSON requires.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case ..<0x20: out += Array("\\u00\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16))".utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
