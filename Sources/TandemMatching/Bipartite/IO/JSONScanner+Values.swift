import TandemCore

extension JSONScanner {
    /// A JSON string with its escapes decoded.
    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = offset
        // Fast path: no escapes.
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\""), bytes[offset] != UInt8(ascii: "\\") {
            guard bytes[offset] >= 0x20 else { throw fail("control character in a string") }
            offset += 1
        }
        guard offset < bytes.count else { throw fail("unterminated string") }
        if bytes[offset] == UInt8(ascii: "\"") {
            offset += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(offset - 1)]), as: UTF8.self)
        }
        var scalars = Array(bytes[start..<offset])
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"): try escape(into: &scalars)
            case ..<0x20: throw fail("control character in a string")
            default: scalars.append(byte)
            }
        }
        throw fail("unterminated string")
    }

    private mutating func escape(into out: inout [UInt8]) throws {
        guard offset < bytes.count else { throw fail("unterminated string") }
        let byte = bytes[offset]
        offset += 1
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
            UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let plain = simple[byte] { out.append(plain); return }
        guard byte == UInt8(ascii: "u") else { throw fail("unknown escape") }
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code), offset + 6 <= bytes.count,
           bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") {
            offset += 2
            let low = try hex4()
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        out.append(contentsOf: Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8))
    }

    private mutating func hex4() throws -> UInt32 {
        guard offset + 4 <= bytes.count,
              let value = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + 4)]), as: UTF8.self), radix: 16)
        else { throw fail("bad \\u escape") }
        offset += 4
        return value
    }

    /// Skips any JSON value, for keys the format does not use. Nesting is limited so that a
    /// hostile file cannot exhaust the stack.
    mutating func skipValue(depth: Int = 0) throws {
        guard depth < 256 else { throw fail("values are nested too deeply") }
        switch peek() {
        case UInt8(ascii: "{"): try object { scanner, _ in try scanner.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["): try array { try $0.skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""): _ = try string()
        case nil: throw fail("expected a value")
        default:
            let start = offset
            while offset < bytes.count, !",]} \n\r\t".utf8.contains(bytes[offset]) { offset += 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
            guard ["true", "false", "null"].contains(word) || Double(word) != nil else {
                offset = start
                throw fail("expected a value")
            }
        }
    }
}
