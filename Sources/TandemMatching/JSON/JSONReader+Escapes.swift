import TandemCore

extension JSONReader {
    /// The slow path for strings with backslash escapes, including `\u` surrogate pairs.
    mutating func decodeEscaped(into out: inout [UInt8]) throws {
        out.removeAll(keepingCapacity: true)
        while true {
            guard let byte = nextRaw() else { throw fail("the end of the string") }
            switch byte {
            case UInt8(ascii: "\""):
                return
            case UInt8(ascii: "\\"):
                guard let escape = nextRaw() else { throw fail("an escape") }
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): try appendUnicodeEscape(to: &out)
                default: throw fail("a valid escape")
                }
            case 0..<0x20:
                throw fail("no control characters inside a string")
            default:
                out.append(byte)
            }
        }
    }

    private mutating func appendUnicodeEscape(to out: inout [UInt8]) throws {
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar) {
            // A high surrogate must be followed by `\u` and a low surrogate.
            guard nextRaw() == UInt8(ascii: "\\"), nextRaw() == UInt8(ascii: "u") else { throw fail("a low surrogate") }
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw fail("a low surrogate") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw fail("a valid code point") }
        out.append(contentsOf: Array(String(Character(unicode)).utf8))
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = nextRaw(), let digit = Self.hexValue(byte) else { throw fail("four hex digits") }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
