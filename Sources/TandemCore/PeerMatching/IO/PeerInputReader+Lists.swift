/// The three lists of the input. Error places (`edges[12]`) are only built when something fails.
extension PeerInputReader {
    private enum Field { case id, a, b, score, other }

    mutating func readPeople(_ c: inout JSONByteCursor) throws {
        try c.expect(UInt8(ascii: "["), "'[' to start \"people\"")
        if c.consume(UInt8(ascii: "]")) { return }
        repeat {
            let place = people.count
            var name: Int32 = -1
            try c.expect(UInt8(ascii: "{"), "'{' to start a person")
            if !c.consume(UInt8(ascii: "}")) {
                repeat {
                    let field = try key(&c)
                    if field == .id {
                        guard name < 0 else { throw PeerInputError.duplicateKey("id", in: "people[\(place)]") }
                        name = try nameValue(&c, "id", "people[\(place)]")
                    } else {
                        try c.skipValue()
                    }
                } while try c.more(close: UInt8(ascii: "}"), "'}'")
            }
            guard name >= 0 else { throw PeerInputError.missingKey("id", in: "people[\(place)]") }
            people.append(name)
        } while try c.more(close: UInt8(ascii: "]"), "']'")
    }

    mutating func readEdges(_ c: inout JSONByteCursor) throws {
        try c.expect(UInt8(ascii: "["), "'[' to start \"edges\"")
        if c.consume(UInt8(ascii: "]")) { return }
        repeat {
            let edge = scores.count
            var (a, b, score): (Int32, Int32, Int) = (-1, -1, -1)
            try c.expect(UInt8(ascii: "{"), "'{' to start an edge")
            if !c.consume(UInt8(ascii: "}")) {
                repeat {
                    switch try key(&c) {
                    case .a where a < 0: a = try nameValue(&c, "a", "edges[\(edge)]")
                    case .b where b < 0: b = try nameValue(&c, "b", "edges[\(edge)]")
                    case .score where score < 0: score = try scoreValue(&c, edge)
                    case .a, .b, .score: throw PeerInputError.duplicateKey("a, b or score", in: "edges[\(edge)]")
                    case .id, .other: try c.skipValue()
                    }
                } while try c.more(close: UInt8(ascii: "}"), "'}'")
            }
            for (value, name) in [(Int(a), "a"), (Int(b), "b"), (score, "score")] where value < 0 {
                throw PeerInputError.missingKey(name, in: "edges[\(edge)]")
            }
            edgeEnds.append(a)
            edgeEnds.append(b)
            scores.append(UInt8(score))
        } while try c.more(close: UInt8(ascii: "]"), "']'")
    }

    /// `pins` and `forbids`: lists of `{"a":…,"b":…}`, flattened.
    mutating func readPairs(_ c: inout JSONByteCursor, _ kind: String) throws -> [Int32] {
        var flat: [Int32] = []
        try c.expect(UInt8(ascii: "["), "'[' to start \"\(kind)\"")
        if c.consume(UInt8(ascii: "]")) { return flat }
        repeat {
            let place = "\(kind)[\(flat.count / 2)]"
            var (a, b): (Int32, Int32) = (-1, -1)
            try c.expect(UInt8(ascii: "{"), "'{' to start a pair")
            if !c.consume(UInt8(ascii: "}")) {
                repeat {
                    switch try key(&c) {
                    case .a: a = try nameValue(&c, "a", place)
                    case .b: b = try nameValue(&c, "b", place)
                    default: try c.skipValue()
                    }
                } while try c.more(close: UInt8(ascii: "}"), "'}'")
            }
            guard a >= 0 else { throw PeerInputError.missingKey("a", in: place) }
            guard b >= 0 else { throw PeerInputError.missingKey("b", in: place) }
            flat.append(a)
            flat.append(b)
        } while try c.more(close: UInt8(ascii: "]"), "']'")
        return flat
    }

    /// An object key and its colon.
    private func key(_ c: inout JSONByteCursor) throws -> Field {
        let field: Field = try c.withString { key in
            switch key.count {
            case 1: key[0] == UInt8(ascii: "a") ? .a : key[0] == UInt8(ascii: "b") ? .b : .other
            case 2: key.elementsEqual("id".utf8) ? .id : .other
            case 5: key.elementsEqual("score".utf8) ? .score : .other
            default: .other
            }
        }
        try c.expect(UInt8(ascii: ":"), "':'")
        return field
    }

    private mutating func nameValue(
        _ c: inout JSONByteCursor, _ key: String, _ place: @autoclosure () -> String
    ) throws -> Int32 {
        guard c.peek() == UInt8(ascii: "\"") else { throw PeerInputError.notAString(key, in: place()) }
        let name = try c.withString { $0.isEmpty ? -1 : names.intern($0) }
        guard name >= 0 else { throw PeerInputError.emptyId(in: place()) }
        return Int32(name)
    }

    private func scoreValue(_ c: inout JSONByteCursor, _ edge: Int) throws -> Int {
        let start = c.position
        guard let next = c.peek(), next == UInt8(ascii: "-") || next &- 0x30 < 10 else {
            try c.skipValue()
            throw PeerInputError.badScore(edge: edge, text: Self.excerpt(c, from: start))
        }
        let (text, isInteger) = try c.number()
        var value = 0
        if isInteger && text[0] != UInt8(ascii: "-") && text.count <= 3 {
            for digit in text { value = value * 10 + Int(digit - 0x30) }
            if value <= 100 { return value }
        }
        throw PeerInputError.badScore(edge: edge, text: Self.excerpt(c, from: start))
    }

    private static func excerpt(_ c: JSONByteCursor, from start: Int) -> String {
        let raw = c.bytes[start..<c.position].drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        let text = String(decoding: raw.prefix(24), as: UTF8.self)
        return raw.count > 24 ? text + "…" : text
    }
}
