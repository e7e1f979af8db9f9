/// Quoted-printable body encoding (RFC 2045 §6.7) of UTF-8 text, lines ending in CRLF.
/// Lines stay within 76 characters with soft breaks; `=` is always escaped, so a boundary
/// starting with `=_` can never occur in an encoded part.
public enum QuotedPrintable {
    static let lineLimit = 76

    public static func encode(_ text: String) -> String {
        LineEndings.lines(of: text).map(encodeLine).joined(separator: "\r\n")
    }

    private static func encodeLine(_ line: Substring) -> String {
        let bytes = Array(line.utf8)
        var output = ""
        var current = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let literal = (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !isLast)
            let piece = literal ? String(UnicodeScalar(byte)) : "=" + hex(byte)
            // Leave room for the soft break's "=" (unless this is the line's last piece).
            let room = isLast ? lineLimit : lineLimit - 1
            if current.count + piece.count > room {
                output += current + "=\r\n"
                current = ""
            }
            current += piece
        }
        return output + current
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}

/// Line-ending normalisation shared by the MIME writer and dot-stuffing.
enum LineEndings {
    /// The lines of `text`, split at CRLF, a lone CR or a lone LF.
    static func lines(of text: String) -> [Substring] {
        // Swift treats "\r\n" as one Character, so splitting on newlines covers all three forms.
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" })
    }

    static func crlf(_ text: String) -> String {
        lines(of: text).joined(separator: "\r\n")
    }
}
