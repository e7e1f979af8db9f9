import TandemCore

/// Pull-style helpers the `match solve` reader uses, on the one reader.
extension JSONReader {
    /// Calls `member` with each key of an object; `member` must read the value.
    mutating func object(_ member: (inout JSONReader, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"), "'{'")
        if consume(UInt8(ascii: "}")) { return }
        repeat {
            let key = try string()
            try expect(UInt8(ascii: ":"), "':'")
            try member(&self, key)
        } while try more(close: UInt8(ascii: "}"), "'}'")
    }

    /// Calls `element` for each element of an array; `element` must read it.
    mutating func array(_ element: (inout JSONReader) throws -> Void) throws {
        try expect(UInt8(ascii: "["), "'['")
        if consume(UInt8(ascii: "]")) { return }
        repeat { try element(&self) } while try more(close: UInt8(ascii: "]"), "']'")
    }

    /// A JSON string with its escapes decoded.
    mutating func string() throws -> String {
        try withString { String(decoding: $0, as: UTF8.self) }
    }

    /// Consumes `null` if it is next.
    mutating func null() -> Bool {
        guard peek() == UInt8(ascii: "n"), position + 4 <= bytes.count,
              bytes[position + 1] == UInt8(ascii: "u"), bytes[position + 2] == UInt8(ascii: "l"),
              bytes[position + 3] == UInt8(ascii: "l") else { return false }
        position += 4
        return true
    }

    /// A JSON whole number of at most `JSONLimits.maxIntegerDigits` digits; a fraction or an
    /// exponent is an error, since scores and capacities are whole.
    mutating func integer(_ what: String) throws -> Int {
        guard let first = peek(), first == UInt8(ascii: "-") || first &- 0x30 < 10 else { throw fail("\(what), a whole number") }
        let start = position
        let (text, isInteger) = try number()
        guard isInteger else {
            position = start
            throw fail(.badNumber, "\(what) must be a whole number")
        }
        let negative = text[0] == UInt8(ascii: "-")
        guard text.count - (negative ? 1 : 0) <= JSONLimits.maxIntegerDigits else {
            position = start
            throw fail(.badNumber, "\(what) is too large")
        }
        var value = 0
        for digit in text where digit != UInt8(ascii: "-") { value = value * 10 + Int(digit - 0x30) }
        return negative ? -value : value
    }
}
