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
}
