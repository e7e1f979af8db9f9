import TandemCore

extension JSONScanner {
    /// Reads `[87, null, 5]` onto `storage` (null as `ScoreTable.forbidden`). Returns the first
    /// score outside 0...100 with its 1-based column, or nil. The fast path handles unsigned
    /// integers of up to three digits; anything else goes through `integer`, which explains.
    mutating func scoreRow(into storage: inout [Int8]) throws -> (column: Int, value: Int)? {
        try expect(UInt8(ascii: "["))
        if peek() == UInt8(ascii: "]") {
            offset += 1
            return nil
        }
        var column = 0
        while true {
            column += 1
            _ = peek()
            var value = 0
            var digits = 0
            while offset < bytes.count, digits < 4, bytes[offset] &- UInt8(ascii: "0") < 10 {
                value = value * 10 + Int(bytes[offset] &- UInt8(ascii: "0"))
                offset += 1
                digits += 1
            }
            let next = offset < bytes.count ? bytes[offset] : 0
            if digits > 0, digits < 4, next != UInt8(ascii: "."), next != UInt8(ascii: "e"), next != UInt8(ascii: "E") {
                guard value <= 100 else { return (column, value) }
                storage.append(Int8(value))
            } else if digits == 0, null() {
                storage.append(ScoreTable.forbidden)
            } else {
                offset -= digits
                let slow = try integer("a score")
                guard (0...100).contains(slow) else { return (column, slow) }
                storage.append(Int8(slow))
            }
            switch peek() {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"):
                offset += 1
                return nil
            default: throw fail("expected ‘,’ or ‘]’ in a row of scores")
            }
        }
    }
}
