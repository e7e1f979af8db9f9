import TandemCore

/// The three lists of the input. Error places (`edges[12]`) are only built when something fails.
extension PeerInputReader {
    private enum Field { case id, a, b, score, other }

    mutating func readPeople(_ c: inout JSONReader) throws {
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

    mutating func readEdges(_ c: inout JSONReader) throws {
        try c.expect(UInt8(ascii: "["), "'[' to start \"edges\"")
        if c.consume(UInt8(ascii: "]")) { return }
        repeat {
            let edge = scores.count + direct.count
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
            if a < 0 || b < 0 || score < 0 {
                throw PeerInputError.missingKey(a < 0 ? "a" : b < 0 ? "b" : "score", in: "edges[\(edge)]")
            }
            if directPeople >= 0 {
                if a >= directPeople || b >= directPeople {
                    if firstUnknown == nil { firstUnknown = (a >= directPeople ? a : b, edge) }
                    continue
                }
                direct.append(PeerEdge(a: Int(a), b: Int(b), score: score))
            } else {
                edgeEnds.append(a)
                edgeEnds.append(b)
                scores.append(UInt8(score))
            }
        } while try c.more(close: UInt8(ascii: "]"), "']'")
    }

    /// `pins` and `forbids`: lists of `{"a":…,"b":…}`, flattened.
    mutating func readPairs(_ c: inout JSONReader, _ kind: String) throws -> [Int32] {
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

    /// An object key and its colon. Plain `"a"`, `"b"` and `"score"` are matched on the raw
    /// bytes; anything else (including keys written with escapes) goes through `withString`.
    private func key(_ c: inout JSONReader) throws -> Field {
        let quote = UInt8(ascii: "\"")
        var field: Field?
        if c.peek() == quote {
            let (bytes, p) = (c.bytes, c.position)
            if p + 2 < bytes.count && bytes[p + 2] == quote {
                switch bytes[p + 1] {
                case UInt8(ascii: "a"): field = .a
                case UInt8(ascii: "b"): field = .b
                default: break
                }
                if field != nil { c.position = p + 3 }
            } else if p + 6 < bytes.count && bytes[p + 6] == quote && bytes[p + 1] == UInt8(ascii: "s")
                && bytes[p + 2] == UInt8(ascii: "c") && bytes[p + 3] == UInt8(ascii: "o")
                && bytes[p + 4] == UInt8(ascii: "r") && bytes[p + 5] == UInt8(ascii: "e")
            {
                field = .score
                c.position = p + 7
            }
        }
        if field == nil {
            field = try c.withString { key in
                switch key.count {
                case 1: key[0] == UInt8(ascii: "a") ? .a : key[0] == UInt8(ascii: "b") ? .b : .other
                case 2: key.elementsEqual("id".utf8) ? .id : .other
                case 5: key.elementsEqual("score".utf8) ? .score : .other
                default: .other
                }
            }
        }
        if c.position < c.bytes.count && c.bytes[c.position] == UInt8(ascii: ":") {
            c.position += 1
        } else {
            try c.expect(UInt8(ascii: ":"), "':'")
        }
        return field!
    }

    private mutating func nameValue(
        _ c: inout JSONReader, _ key: String, _ place: @autoclosure () -> String
    ) throws -> Int32 {
        guard c.peek() == UInt8(ascii: "\"") else { throw PeerInputError.notAString(key, in: place()) }
        let name = try c.withString { $0.isEmpty ? -1 : names.intern($0) }
        guard name >= 0 else { throw PeerInputError.emptyId(in: place()) }
        return Int32(name)
    }

    private func scoreValue(_ c: inout JSONReader, _ edge: Int) throws -> Int {
        // Fast path: one to three digits followed by a delimiter that cannot continue a number.
        let (bytes, p) = (c.bytes, c.position)
        if p + 3 < bytes.count {
            var value = 0
            var q = p
            while q < p + 3 && bytes[q] &- 0x30 < 10 {
                value = value * 10 + Int(bytes[q] &- 0x30)
                q += 1
            }
            let next = bytes[q]
            if q > p && value <= 100 && (next == UInt8(ascii: "}") || next == UInt8(ascii: ","))
                && !(bytes[p] == UInt8(ascii: "0") && q - p > 1)
            {
                c.position = q
                return value
            }
        }
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

    private static func excerpt(_ c: JSONReader, from start: Int) -> String {
        let raw = c.bytes[start..<c.position].drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        let text = String(decoding: raw.prefix(24), as: UTF8.self)
        return raw.count > 24 ? text + "…" : text
    }
}
