import TandemCore

/// Reads the `tandem match solve` input format (docs/matching.md) from bytes. Pure: no files.
/// Every problem with the input becomes a `ProblemFileError` naming the place; nothing traps.
public enum ProblemFileReader {
    public static func parse(_ bytes: [UInt8]) throws(ProblemFileError) -> AssignmentProblem {
        do {
            let raw = try bytes.withUnsafeBufferPointer { buffer in
                var scanner = JSONScanner(buffer)
                let raw = try RawProblem.read(&scanner)
                guard scanner.peek() == nil else { throw scanner.fail("unexpected text after the end of the document") }
                return raw
            }
            return try raw.resolve()
        } catch let error as ProblemFileError {
            throw error
        } catch {
            throw ProblemFileError(code: "match.bad_problem", "The problem is not valid: \(error).")
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

    static func read(_ scanner: inout JSONScanner) throws -> RawProblem {
        var raw = RawProblem()
        guard scanner.peek() == UInt8(ascii: "{") else { throw scanner.fail("the problem must be a JSON object") }
        try scanner.object { scanner, key in
            switch key {
            case "mentors": raw.mentors = try readMentors(&scanner)
            case "mentees": raw.mentees = try readPeople(&scanner, field: "mentees").map(\.id)
            case "scores": raw.scores = try RawScores.readDense(&scanner, field: "scores")
            case "edges": raw.edges = try RawScores.readEdges(&scanner, field: "edges")
            case "mentor_scores": raw.mentorScores = try RawScores.readEither(&scanner, field: "mentor_scores")
            case "pins": raw.pins = try readPairs(&scanner, field: "pins")
            case "forbids": raw.forbids = try readPairs(&scanner, field: "forbids")
            default: try scanner.skipValue()
            }
        }
        return raw
    }

    private static func readMentors(_ scanner: inout JSONScanner) throws -> [(id: String, capacity: Int)] {
        try readPeople(&scanner, field: "mentors").enumerated().map { index, person in
            guard let capacity = person.capacity else {
                throw ProblemFileError("Mentor \"\(person.id)\" (mentors entry \(index + 1)) has no \"capacity\".")
            }
            guard capacity >= 0 else { throw ProblemFileError("Mentor \"\(person.id)\" has a negative capacity (\(capacity)).") }
            return (person.id, capacity)
        }
    }

    private static func readPeople(_ scanner: inout JSONScanner, field: String) throws -> [(id: String, capacity: Int?)] {
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

    private static func readPairs(_ scanner: inout JSONScanner, field: String) throws -> [(mentee: String, mentor: String)] {
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
