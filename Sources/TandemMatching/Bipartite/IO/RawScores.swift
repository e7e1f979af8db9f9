import TandemCore

/// Scores as read from the file, before ids are resolved and sizes checked.
enum RawScores {
    /// Row-major, -1 for null, with each row's length (checked against the mentor count later).
    case dense(storage: [Int8], rowLengths: [Int])
    case edges([(mentee: String, mentor: String, score: Int)])
    /// Edges already placed, when the people were known before the edges.
    case table(ScoreTable)

    /// `[[87, null, …], …]`: most of a large file, so each row is read by one tight loop.
    static func readDense(_ scanner: inout JSONReader, field: String) throws -> RawScores {
        var storage: [Int8] = []
        var rowLengths: [Int] = []
        try scanner.array { scanner in
            let start = storage.count
            if let bad = try scanner.scoreRow(into: &storage) {
                throw ProblemFileError(
                    "\(field) row \(rowLengths.count + 1), column \(bad.column): \(bad.value) is outside 0–100.")
            }
            rowLengths.append(storage.count - start)
        }
        return .dense(storage: storage, rowLengths: rowLengths)
    }

    /// `[{"mentee": "e1", "mentor": "m1", "score": 87}, …]`.
    static func readEdges(_ scanner: inout JSONReader, field: String) throws -> RawScores {
        var edges: [(mentee: String, mentor: String, score: Int)] = []
        try scanner.array { scanner in
            var (mentee, mentor, score): (String?, String?, Int?) = (nil, nil, nil)
            try scanner.object { scanner, key in
                switch key {
                case "mentee": mentee = try scanner.string()
                case "mentor": mentor = try scanner.string()
                case "score": score = try scanner.integer("a score")
                default: try scanner.skipValue()
                }
            }
            let place = "\(field) entry \(edges.count + 1)"
            guard let mentee, let mentor else { throw ProblemFileError("\(place) needs both \"mentee\" and \"mentor\".") }
            guard let score else { throw ProblemFileError("\(place) has no \"score\".") }
            guard (0...100).contains(score) else { throw ProblemFileError("\(place): score \(score) is outside 0–100.") }
            edges.append((mentee, mentor, score))
        }
        return .edges(edges)
    }

    /// `[{"mentee": "e1", "mentor": "m1", "score": 87}, …]` with ids resolved as they come.
    static func readEdges(_ scanner: inout JSONReader, field: String, into lookup: Lookup) throws -> RawScores {
        var table = ScoreTable(rows: lookup.mentees.count, columns: lookup.mentors.count)
        var count = 0
        try scanner.array { scanner in
            var (mentee, mentor, score): (Int?, Int?, Int?) = (nil, nil, nil)
            var names: (String, String) = ("", "")
            try scanner.object { scanner, key in
                switch key {
                case "mentee":
                    names.0 = try scanner.string()
                    mentee = try lookup.mentee(names.0, in: field)
                case "mentor":
                    names.1 = try scanner.string()
                    mentor = try lookup.mentor(names.1, in: field)
                case "score": score = try scanner.integer("a score")
                default: try scanner.skipValue()
                }
            }
            count += 1
            let place = "\(field) entry \(count)"
            guard let mentee, let mentor else { throw ProblemFileError("\(place) needs both \"mentee\" and \"mentor\".") }
            guard let score else { throw ProblemFileError("\(place) has no \"score\".") }
            guard (0...100).contains(score) else { throw ProblemFileError("\(place): score \(score) is outside 0–100.") }
            guard table[mentee, mentor] == nil else {
                throw ProblemFileError("\"\(field)\" lists the pair \"\(names.0)\"–\"\(names.1)\" twice.")
            }
            table[mentee, mentor] = score
        }
        return .table(table)
    }

    /// A dense matrix or an edge list, told apart by the first element.
    static func readEither(_ scanner: inout JSONReader, field: String) throws -> RawScores {
        var probe = scanner
        try probe.expect(UInt8(ascii: "["), "'['")
        return probe.peek() == UInt8(ascii: "{")
            ? try readEdges(&scanner, field: field) : try readDense(&scanner, field: field)
    }
}
