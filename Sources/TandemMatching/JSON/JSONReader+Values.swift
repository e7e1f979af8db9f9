import TandemCore

/// A small pull parser over JSON bytes, fast enough for a 23 MB score matrix (Foundation's
/// JSONDecoder takes seconds there). It reads what the problem format needs: objects, arrays,
/// strings, integers and null, and skips any other value.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    func fail(_ what: String) -> ProblemFileError { .malformed(what, at: offset, in: bytes) }

    /// The next non-space byte, without consuming it; nil at the end.
    mutating func peek() -> UInt8? {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return bytes[offset]
            }
        }
        return nil
    }

    mutating func expect(_ byte: UInt8) throws {
        guard peek() == byte else { throw fail("expected ‘\(Character(Unicode.Scalar(byte)))’") }
        offset += 1
    }

    /// Calls `member` with each key of an object; `member` must read the value.
    mutating func object(_ member: (inout JSONScanner, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if peek() == UInt8(ascii: "}") { offset += 1; return }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            if peek() == UInt8(ascii: ",") { offset += 1; continue }
            try expect(UInt8(ascii: "}"))
            return
        }
    }

    /// Calls `element` for each element of an array; `element` must read it.
    mutating func array(_ element: (inout JSONScanner) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        if peek() == UInt8(ascii: "]") { offset += 1; return }
        while true {
            try element(&self)
            if peek() == UInt8(ascii: ",") { offset += 1; continue }
            try expect(UInt8(ascii: "]"))
            return
        }
    }

    /// Consumes `null` if it is next.
    mutating func null() -> Bool {
        guard peek() == UInt8(ascii: "n"), offset + 4 <= bytes.count,
              bytes[offset + 1] == UInt8(ascii: "u"), bytes[offset + 2] == UInt8(ascii: "l"),
              bytes[offset + 3] == UInt8(ascii: "l") else { return false }
        offset += 4
        return true
    }

    /// A JSON integer; a fraction or exponent is an error, since scores and capacities are whole.
    mutating func integer(_ what: String) throws -> Int {
        guard let first = peek() else { throw fail("expected \(what)") }
        let negative = first == UInt8(ascii: "-")
        if negative { offset += 1 }
        var value = 0
        let start = offset
        while offset < bytes.count, bytes[offset] &- UInt8(ascii: "0") < 10 {
            value = value &* 10 &+ Int(bytes[offset] &- UInt8(ascii: "0"))
            offset += 1
            guard offset - start <= 15 else { throw fail("\(what) is too large") }
        }
        guard offset > start else { throw fail("expected \(what), a whole number") }
        if offset < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[offset]) {
            throw fail("\(what) must be a whole number")
        }
        return negative ? -value : value
    }
}
