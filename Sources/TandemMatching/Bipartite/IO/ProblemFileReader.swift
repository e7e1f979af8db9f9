import TandemCore

/// Reads the `tandem match solve` input format (docs/matching.md) from bytes. Pure: no files.
/// Every problem with the input becomes a `ProblemFileError` naming the place; nothing traps.
public enum ProblemFileReader {
    public static func parse(_ bytes: [UInt8]) throws(ProblemFileError) -> AssignmentProblem {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(ProblemFileError) in try parse(buffer) }
        }.get()
    }

    /// Parses straight from memory the caller owns, such as a memory-mapped file: no copy.
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(ProblemFileError) -> AssignmentProblem {
        do {
            var scanner = JSONReader(bytes.assumingMemoryBound(to: UInt8.self))
            let raw = try RawProblem.read(&scanner)
            guard scanner.peek() == nil else { throw scanner.fail("nothing after the end of the document") }
            return try raw.resolve()
        } catch let error as ProblemFileError {
            throw error
        } catch let error as JSONInputError {
            throw ProblemFileError(.json(error.kind), error.message)
        } catch {
            throw ProblemFileError(.badProblem, "The problem is not valid: \(error).")
        }
    }
}

/// The top-level object as read, before ids are resolved.
struct RawProblem {
    var mentors: [(id: String, capacity: Int)]?
    var mentees: [String]?
    var scores: RawScores?
    var edges: RawScores?
    var mentorScores: RawScores?
    var pins: [(mentee: String, mentor: String)] = []
    var forbids: [(mentee: String, mentor: String)] = []

    static func read(_ scanner: inout JSONReader) throws -> RawProblem {
        var raw = RawProblem()
        guard scanner.peek() == UInt8(ascii: "{") else { throw scanner.fail("'{': the problem must be a JSON object") }
        try scanner.object { scanner, key in
            switch key {
            case "mentors": raw.mentors = try readMentors(&scanner)
            case "mentees": raw.mentees = try readPeople(&scanner, field: "mentees").map(\.id)
            case "scores": raw.scores = try RawScores.readDense(&scanner, field: "scores")
            case "edges":
                // The usual order (people first) lets edges go straight into the table: no list
                // of millions of id pairs to keep and look up afterwards.
                if let mentors = raw.mentors, let mentees = raw.mentees {
                    let lookup = Lookup(mentees: try index(mentees, role: "mentee"), mentors: try index(mentors.map(\.id), role: "mentor"))
                    raw.edges = try RawScores.readEdges(&scanner, field: "edges", into: lookup)
                } else {
                    raw.edges = try RawScores.readEdges(&scanner, field: "edges")
                }
            case "mentor_scores": raw.mentorScores = try RawScores.readEither(&scanner, field: "mentor_scores")
            case "pins": raw.pins = try readPairs(&scanner, field: "pins")
            case "forbids": raw.forbids = try readPairs(&scanner, field: "forbids")
            default: try scanner.skipValue()
            }
        }
        return raw
    }

    private static func readMentors(_ scanner: inout JSONReader) throws -> [(id: String, capacity: Int)] {
        try readPeople(&scanner, field: "mentors").enumerated().map { index, person in
            guard let capacity = person.capacity else {
                throw ProblemFileError("Mentor \"\(person.id)\" (mentors entry \(index + 1)) has no \"capacity\".")
            }
            guard capacity >= 0 else { throw ProblemFileError("Mentor \"\(person.id)\" has a negative capacity (\(capacity)).") }
            return (person.id, capacity)
        }
    }

    private static func readPeople(_ scanner: inout JSONReader, field: String) throws -> [(id: String, capacity: Int?)] {
        var people: [(id: String, capacity: Int?)] = []
        try scanner.array { scanner in
            var (id, capacity): (String?, Int?) = (nil, nil)
            try scanner.object { scanner, key in
                switch key {
                case "id": id = try scanner.string()
                case "capacity": capacity = try scanner.integer("a capacity")
                default: try scanner.skipValue()
                }
            }
            guard let id, !id.isEmpty else { throw ProblemFileError("\(field) entry \(people.count + 1) has no \"id\".") }
            people.append((id, capacity))
        }
        return people
    }

    private static func readPairs(_ scanner: inout JSONReader, field: String) throws -> [(mentee: String, mentor: String)] {
        var pairs: [(mentee: String, mentor: String)] = []
        try scanner.array { scanner in
            var (mentee, mentor): (String?, String?) = (nil, nil)
            try scanner.object { scanner, key in
                switch key {
                case "mentee": mentee = try scanner.string()
                case "mentor": mentor = try scanner.string()
                default: try scanner.skipValue()
                }
            }
            guard let mentee, let mentor else { throw ProblemFileError("\(field) entry \(pairs.count + 1) needs \"mentee\" and \"mentor\".") }
            pairs.append((mentee, mentor))
        }
        return pairs
    }
}
