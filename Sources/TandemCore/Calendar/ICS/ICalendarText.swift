/// RFC 5545 text rules: escaping TEXT values (section 3.3.11) and folding content lines
/// (section 3.1).
enum ICalendarText {
    /// Longest content line in octets, not counting the CRLF.
    static let maxLineOctets = 75
    static let lineBreak = "\r\n"

    /// Escapes a TEXT value: backslash, semicolon and comma get a backslash, and every kind of
    /// line break becomes a literal `\n`. Other control characters are not allowed in TEXT, so
    /// they are dropped (tab is kept).
    static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": result.append(contentsOf: #"\\"#.unicodeScalars)
            case ";": result.append(contentsOf: #"\;"#.unicodeScalars)
            case ",": result.append(contentsOf: #"\,"#.unicodeScalars)
            case "\r": result.append(contentsOf: #"\n"#.unicodeScalars)
            case "\n" where previousWasCarriageReturn: continue  // second half of CRLF
            case "\n": result.append(contentsOf: #"\n"#.unicodeScalars)
            case "\t": result.append(scalar)
            case _ where isControl(scalar): continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// A URI value is not escaped, but a line break or other control character would end or
    /// corrupt the content line, so those are removed.
    static func uri(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !isControl($0) }))
    }

    /// Splits a content line into physical lines of at most 75 octets, each continuation starting
    /// with one space. Breaks fall between characters, so neither a UTF-8 sequence nor an emoji
    /// or accented letter is split; only a character too long for any line breaks between scalars.
    static func folded(_ line: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var octets = 0
        func append(_ piece: String) {
            let width = piece.utf8.count
            if octets + width > maxLineOctets {
                lines.append(current)
                current = " "
                octets = 1
            }
            current += piece
            octets += width
        }
        for character in line {
            if character.utf8.count < maxLineOctets {
                append(String(character))
            } else {
                character.unicodeScalars.forEach { append(String($0)) }
            }
        }
        lines.append(current)
        return lines
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }
}
