import TandemCore

extension RawProblem {
    /// Checks ids and sizes and builds the problem.
    func resolve() throws -> AssignmentProblem {
        guard let mentors else { throw ProblemFileError("The problem has no \"mentors\" list.") }
        guard let mentees else { throw ProblemFileError("The problem has no \"mentees\" list.") }
        let mentorIndex = try Self.index(mentors.map(\.id), role: "mentor")
        let menteeIndex = try Self.index(mentees, role: "mentee")
        let lookup = Lookup(mentees: menteeIndex, mentors: mentorIndex)
        let scoreSource: (field: String, raw: RawScores)
        switch (scores, edges) {
        case (let dense?, nil): scoreSource = ("scores", dense)
        case (nil, let sparse?): scoreSource = ("edges", sparse)
        case (nil, nil): throw ProblemFileError("The problem needs \"scores\" (a matrix) or \"edges\" (a list).")
        case (_?, _?): throw ProblemFileError("Give either \"scores\" or \"edges\", not both.")
        }
        let table = try scoreSource.raw.table(rows: mentees.count, columns: mentors.count, field: scoreSource.field, lookup: lookup)
        let mentorTable = try mentorScores?.table(rows: mentees.count, columns: mentors.count, field: "mentor_scores", lookup: lookup)
        return AssignmentProblem(
            menteeIDs: mentees, mentorIDs: mentors.map(\.id), capacities: mentors.map(\.capacity),
            scores: table, mentorScores: mentorTable,
            pins: try pins.map { try lookup.pair($0, field: "pins") },
            forbids: try forbids.map { try lookup.pair($0, field: "forbids") })
    }

    static func index(_ ids: [String], role: String) throws -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() {
            guard index.updateValue(position, forKey: id) == nil else { throw ProblemFileError("The \(role) id \"\(id)\" appears twice.") }
        }
        return index
    }
}

/// Resolves ids to positions, with a clear message for an unknown one.
struct Lookup {
    let mentees: [String: Int]
    let mentors: [String: Int]

    func mentee(_ id: String, in field: String) throws -> Int {
        guard let index = mentees[id] else { throw ProblemFileError("\(field) names an unknown mentee \"\(id)\".") }
        return index
    }

    func mentor(_ id: String, in field: String) throws -> Int {
        guard let index = mentors[id] else { throw ProblemFileError("\(field) names an unknown mentor \"\(id)\".") }
        return index
    }

    func pair(_ pair: (mentee: String, mentor: String), field: String) throws -> MatchPair {
        MatchPair(mentee: try mentee(pair.mentee, in: field), mentor: try mentor(pair.mentor, in: field))
    }
}

extension RawScores {
    func table(rows: Int, columns: Int, field: String, lookup: Lookup) throws -> ScoreTable {
        switch self {
        case .dense(let storage, let rowLengths):
            guard rowLengths.count == rows else {
                throw ProblemFileError("\"\(field)\" has \(rowLengths.count) rows but there are \(rows) mentees.")
            }
            if let bad = rowLengths.firstIndex(where: { $0 != columns }) {
                throw ProblemFileError("\"\(field)\" row \(bad + 1) has \(rowLengths[bad]) scores but there are \(columns) mentors.")
            }
            return ScoreTable(rows: rows, columns: columns, storage: storage)
        case .table(let table):
            return table
        case .edges(let edges):
            var table = ScoreTable(rows: rows, columns: columns)
            for edge in edges {
                let (i, j) = (try lookup.mentee(edge.mentee, in: field), try lookup.mentor(edge.mentor, in: field))
                guard table[i, j] == nil else {
                    throw ProblemFileError("\"\(field)\" lists the pair \"\(edge.mentee)\"–\"\(edge.mentor)\" twice.")
                }
                table[i, j] = edge.score
            }
            return table
        }
    }
}
