import TandemCore

extension JSONReader {
    /// Reads `[87, null, 5]` onto `storage` (null as `ScoreTable.forbidden`). Returns the first
    /// score outside 0...100 with its 1-based column, or nil. The fast path handles unsigned
    /// integers of up to three digits; anything else goes through `integer`, which explains.
    mutating func scoreRow(into storage: inout [Int8]) throws -> (column: Int, value: Int)? {
        try expect(UInt8(ascii: "["), "'[' to start a row of scores")
        if consume(UInt8(ascii: "]")) { return nil }
        var column = 0
        while true {
            column += 1
            if fastScores(into: &storage, column: &column) { return nil }
            _ = peek()
            var value = 0
            var digits = 0
            while position < bytes.count, digits < 4, bytes[position] &- UInt8(ascii: "0") < 10 {
                value = value * 10 + Int(bytes[position] &- UInt8(ascii: "0"))
                position += 1
                digits += 1
            }
            let next = position < bytes.count ? bytes[position] : 0
            let leadingZero = digits > 1 && value < (digits == 2 ? 10 : 100)
            if digits > 0, digits < 4, !leadingZero, next != UInt8(ascii: "."), next != UInt8(ascii: "e"), next != UInt8(ascii: "E") {
                guard value <= 100 else { return (column, value) }
                storage.append(Int8(value))
            } else if digits == 0, null() {
                storage.append(ScoreTable.forbidden)
            } else {
                position -= digits
                let slow = try integer("a score")
                guard (0...100).contains(slow) else { return (column, slow) }
                storage.append(Int8(slow))
            }
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                return nil
            default: throw fail("',' or ']' in a row of scores")
            }
        }
    }

    /// The usual case, in one tight loop over raw bytes: one to three digits without a leading
    /// zero, at most 100, straight followed by ',' or ']'. Stops at the first element that is
    /// anything else (whitespace, null, an error), leaving it to the careful path above.
    /// Returns true when it read the row's closing ']'.
    private mutating func fastScores(into storage: inout [Int8], column: inout Int) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var p = position
        while p + 3 < count {
            let first = base[p] &- 0x30
            guard first < 10 else { break }
            var value = Int(first)
            var q = p + 1
            if first != 0, base[q] &- 0x30 < 10 {
                value = value * 10 + Int(base[q] &- 0x30)
                q += 1
                if base[q] &- 0x30 < 10 {
                    value = value * 10 + Int(base[q] &- 0x30)
                    q += 1
                }
            }
            let next = base[q]
            guard value <= 100, next == UInt8(ascii: ",") || next == UInt8(ascii: "]") else { break }
            storage.append(Int8(value))
            p = q + 1
            if next == UInt8(ascii: "]") {
                position = p
                return true
            }
            column += 1
        }
        position = p
        return false
    }
}
