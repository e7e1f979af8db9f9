import TandemCore

/// The `solve-peers` file format, as pure functions over bytes.
///
/// Input: `{"people":[{"id":"p1"},…], "edges":[{"a":"p1","b":"p2","score":80},…]}`, optionally
/// with `"pins"` and `"forbids"` as lists of `{"a":…,"b":…}`. Pairs not listed are not allowed.
/// Parsing is hand-written: Foundation's JSONDecoder takes seconds on millions of edges.
public enum PeerProblemJSON {
    /// Throws `JSONInputError` for malformed JSON, `PeerInputError` for a wrong shape, or bad ids and scores.
    /// Self-pairs and conflicting duplicates are reported by the solver (`PeerProblemError`).
    public static func parse(_ bytes: [UInt8]) throws -> PeerProblem {
        try bytes.withUnsafeBufferPointer { try parse(UnsafeRawBufferPointer($0)) }
    }

    /// Parses straight from memory the caller owns, such as a memory-mapped file: no copy.
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws -> PeerProblem {
        var cursor = JSONReader(bytes.assumingMemoryBound(to: UInt8.self))
        var reader = PeerInputReader()
        try reader.readDocument(&cursor)
        return try reader.resolve()
    }
}

/// Collects names (interned ids) while reading; `resolve` turns them into person indices.
struct PeerInputReader {
    var names = ByteInterner()
    var people: [Int32] = []
    var edgeEnds: [Int32] = []
    var scores: [UInt8] = []
    /// When "people" comes before "edges" (the usual order) and its ids are distinct, name `i` is
    /// person `i`, so edges are built directly, without the name lists above.
    var direct: [PeerEdge] = []
    var directPeople = -1
    /// The first edge naming someone not in "people", reported by `resolve` (direct mode).
    var firstUnknown: (name: Int32, edge: Int)?
    var pins: [Int32] = []
    var forbids: [Int32] = []

    mutating func readDocument(_ c: inout JSONReader) throws {
        try c.expect(UInt8(ascii: "{"), "'{' to start the document")
        var seen: Set<String> = []
        if !c.consume(UInt8(ascii: "}")) {
            repeat {
                let key = try c.withString { String(decoding: $0, as: UTF8.self) }
                try c.expect(UInt8(ascii: ":"), "':'")
                guard seen.insert(key).inserted else { throw PeerInputError.duplicateKey(key, in: "The document") }
                switch key {
                case "people": try readPeople(&c)
                case "edges":
                    if names.count == people.count && !people.isEmpty {
                        directPeople = people.count
                        // An edge takes at least 27 bytes ({"a":"x","b":"y","score":0}), so this
                        // bounds the count; pages never written are never touched.
                        direct.reserveCapacity((c.bytes.count - c.position) / 27 + 1)
                        try readEdges(&c)
                    } else {
                        try readEdges(&c)
                    }
                case "pins": pins = try readPairs(&c, "pins")
                case "forbids": forbids = try readPairs(&c, "forbids")
                default: try c.skipValue()
                }
            } while try c.more(close: UInt8(ascii: "}"), "'}'")
        }
        guard c.peek() == nil else { throw c.fail("the end of the input") }
        guard seen.contains("people") else { throw PeerInputError.missingKey("people", in: "The document") }
    }

    func resolve() throws -> PeerProblem {
        var personOf = [Int32](repeating: -1, count: names.count)
        var ids: [String] = []
        ids.reserveCapacity(people.count)
        for (person, name) in people.enumerated() {
            guard personOf[Int(name)] < 0 else { throw PeerInputError.duplicateId(names.string(Int(name)), person: person) }
            personOf[Int(name)] = Int32(person)
            ids.append(names.string(Int(name)))
        }
        func person(_ name: Int32, _ place: @autoclosure () -> String) throws -> Int {
            let index = Int(personOf[Int(name)])
            guard index >= 0 else { throw PeerInputError.unknownId(names.string(Int(name)), in: place()) }
            return index
        }
        if let unknown = firstUnknown {
            throw PeerInputError.unknownId(names.string(Int(unknown.name)), in: "edges[\(unknown.edge)]")
        }
        if scores.isEmpty && pins.isEmpty && forbids.isEmpty {
            return PeerProblem(ids: ids, edges: direct)  // direct mode: no second copy of the edges.
        }
        var edges: [PeerEdge] = direct
        edges.reserveCapacity(direct.count + scores.count)
        for e in 0..<scores.count {
            let a = try person(edgeEnds[2 * e], "edges[\(e)]")
            let b = try person(edgeEnds[2 * e + 1], "edges[\(e)]")
            edges.append(PeerEdge(a: a, b: b, score: Int(scores[e])))
        }
        func pairs(_ flat: [Int32], _ kind: String) throws -> [(Int, Int)] {
            try stride(from: 0, to: flat.count, by: 2).map { i in
                (try person(flat[i], "\(kind)[\(i / 2)]"), try person(flat[i + 1], "\(kind)[\(i / 2)]"))
            }
        }
        return PeerProblem(ids: ids, edges: edges, pins: try pairs(pins, "pins"), forbids: try pairs(forbids, "forbids"))
    }
}
