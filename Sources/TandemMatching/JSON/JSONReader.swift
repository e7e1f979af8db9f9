import TandemCore

/// The one JSON reader of both solvers' input files: a forward-only reader over bytes, just
/// enough of RFC 8259 to read the problem formats quickly and to skip anything else correctly.
/// It refuses what JSON does not allow (`nan`, `inf`, bad UTF-8) and what `JSONLimits` bounds,
/// with a `JSONInputError` that says where.
///
/// Hand-written on purpose, against the house preference for a well-kept package: the inputs
/// reach 370 MB (a 20,000 × 6,000 score matrix), Foundation's JSONDecoder and JSONSerialization
/// take tens of seconds and gigabytes there, and no JSON package on the machine's package list
/// reads bytes in place at that speed.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// Decoded bytes of the last string that had escapes.
    private var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var atEnd: Bool { position >= bytes.count }

    /// The next byte that is not whitespace, without consuming it (nil at the end).
    mutating func peek() -> UInt8? {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return bytes[position]
            }
        }
        return nil
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws {
        guard peek() == byte else { throw fail("expected \(what)") }
        position += 1
    }

    /// Consumes `byte` if it comes next.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        position += 1
        return true
    }

    /// After an element of an array or object: true if another follows, false at `close`.
    mutating func more(close: UInt8, _ what: String) throws -> Bool {
        if consume(UInt8(ascii: ",")) { return true }
        if consume(close) { return false }
        throw fail("',' or \(what)")
    }

    func fail(_ expected: String) -> JSONInputError {
        let found = atEnd ? "the end of the input" : Self.describe(bytes[position])
        return JSONInputError(.malformed, "expected \(expected), found \(found)", at: position, in: bytes)
    }

    func fail(_ kind: JSONInputError.Kind, _ detail: String) -> JSONInputError {
        JSONInputError(kind, detail, at: position, in: bytes)
    }

    private static func describe(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
    }

    /// Reads a string and hands its UTF-8 bytes to `body`. The fast path passes a slice of the
    /// input; only strings with escapes are decoded into a scratch buffer.
    mutating func withString<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
        try expect(UInt8(ascii: "\""), "a string")
        let start = position
        var high: UInt8 = 0
        while position < bytes.count {
            let byte = bytes[position]
            high |= byte
            if byte == UInt8(ascii: "\"") {
                position += 1
                let text = UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)])
                // ASCII (the usual case) is valid UTF-8; anything else is checked.
                if high >= 0x80, String(validating: text, as: UTF8.self) == nil {
                    position = start
                    throw fail(.badUTF8, "a string that is not valid UTF-8")
                }
                return try body(text)
            }
            if byte == UInt8(ascii: "\\") {
                position = start
                var decoded = scratch
                try decodeEscaped(into: &decoded)
                scratch = decoded
                return try decoded.withUnsafeBufferPointer { try body($0) }
            }
            if byte < 0x20 { throw fail("no control characters inside a string") }
            position += 1
        }
        throw fail("the end of the string")
    }

    /// The next byte, raw (no whitespace skipping), or nil at the end.
    mutating func nextRaw() -> UInt8? {
        guard position < bytes.count else { return nil }
        position += 1
        return bytes[position - 1]
    }

    /// A number token as written; `isInteger` is false when it has a fraction or an exponent.
    mutating func number() throws -> (text: UnsafeBufferPointer<UInt8>, isInteger: Bool) {
        _ = peek()
        let start = position
        var isInteger = true
        if position < bytes.count && bytes[position] == UInt8(ascii: "-") { position += 1 }
        let first = position
        guard digits() > 0 else { throw fail("a number") }
        guard bytes[first] != UInt8(ascii: "0") || position - first == 1 else {
            position = first
            throw fail(.badNumber, "a number with a leading zero")
        }
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            position += 1
            isInteger = false
            guard digits() > 0 else { throw fail("digits after '.'") }
        }
        if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
            position += 1
            isInteger = false
            if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) {
                position += 1
            }
            guard digits() > 0 else { throw fail("digits in the exponent") }
        }
        return (UnsafeBufferPointer(rebasing: bytes[start..<position]), isInteger)
    }

    private mutating func digits() -> Int {
        let start = position
        while position < bytes.count && bytes[position] &- 0x30 < 10 { position += 1 }
        return position - start
    }

    /// Skips one value of any kind, checking its syntax.
    mutating func skipValue(depth: Int = 0) throws {
        guard depth < JSONLimits.maxDepth else { throw fail(.tooDeep, "values nested more than \(JSONLimits.maxDepth) deep") }
        switch peek() {
        case UInt8(ascii: "{"):
            position += 1
            if consume(UInt8(ascii: "}")) { return }
            repeat {
                try withString { _ in }
                try expect(UInt8(ascii: ":"), "':'")
                try skipValue(depth: depth + 1)
            } while try more(close: UInt8(ascii: "}"), "'}'")
        case UInt8(ascii: "["):
            position += 1
            if consume(UInt8(ascii: "]")) { return }
            repeat { try skipValue(depth: depth + 1) } while try more(close: UInt8(ascii: "]"), "']'")
        case UInt8(ascii: "\""):
            try withString { _ in }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            let start = position
            let (text, _) = try number()
            // Valid JSON, but no finite Double: refused like `inf` itself.
            guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else {
                position = start
                throw fail(.badNumber, "a number out of range")
            }
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let text = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard position + text.count <= bytes.count,
              bytes[position..<(position + text.count)].elementsEqual(text)
        else { throw fail("a JSON value") }
        position += text.count
    }
}
