import Testing
import TandemCore
@testable import TandemMatching

@Suite struct ProblemFileTests {
    private func parse(_ text: String) throws(ProblemFileError) -> AssignmentProblem {
        try ProblemFileReader.parse(Array(text.utf8))
    }

    private let people = #""mentors":[{"id":"m1","capacity":2},{"id":"m2","capacity":1}],"mentees":[{"id":"e1"},{"id":"e2"}]"#

    @Test func readsADenseMatrixAndRoundTripsTheResult() throws {
        // arrange
        let problem = try parse("{\(people), \"scores\": [[87, null], [40, 90]]}")
        // act
        let result = try AssignmentSolver.solve(problem, objective: .score)
        let text = String(decoding: ResultFileWriter.json(result, problem: problem), as: UTF8.self)
        // assert
        #expect(problem.scores[0, 1] == nil && problem.scores[1, 1] == 90)
        #expect(text == """
            {"objective":"score","total_score":177,"matched":2,
            "assignments":[
            {"mentee":"e1","mentor":"m1","score":87},
            {"mentee":"e2","mentor":"m2","score":90}
            ],
            "unmatched":[]}

            """)
    }

    @Test func readsEdgesPinsForbidsAndMentorScoresInAnyKeyOrder() throws {
        let problem = try parse("""
            {"edges":[{"mentee":"e2","mentor":"m1","score":55}], "pins":[{"mentee":"e2","mentor":"m1"}],
             "forbids":[{"mentee":"e1","mentor":"m2"}], "mentor_scores":[[1,2],[3,4]], "note": {"x":[1.5,true]}, \(people)}
            """)
        #expect(problem.scores[1, 0] == 55 && problem.scores[0, 0] == nil)
        #expect(problem.pins == [MatchPair(mentee: 1, mentor: 0)] && problem.forbids == [MatchPair(mentee: 0, mentor: 1)])
        #expect(problem.mentorScores?[1, 1] == 4)
    }

    @Test func escapedIdsSurviveTheRoundTrip() throws {
        let problem = try parse(#"{"mentors":[{"id":"m\"1\u00e9","capacity":1}],"mentees":[{"id":"e\\1"}],"scores":[[5]]}"#)
        let result = try AssignmentSolver.solve(problem, objective: .score)
        let text = String(decoding: ResultFileWriter.json(result, problem: problem), as: UTF8.self)
        #expect(problem.mentorIDs == ["m\"1é"])
        #expect(text.contains(#"{"mentee":"e\\1","mentor":"m\"1é","score":5}"#))
    }

    @Test(arguments: [
        ("{\"mentees\":[], \"scores\":[]}", "no \"mentors\""),
        ("{\"mentors\":[{\"id\":\"m1\"}],\"mentees\":[],\"scores\":[]}", "no \"capacity\""),
        ("{\"mentors\":[{\"id\":\"m1\",\"capacity\":-1}],\"mentees\":[],\"scores\":[]}", "negative capacity"),
        ("{\"mentors\":[{\"id\":\"m1\",\"capacity\":1},{\"id\":\"m1\",\"capacity\":1}],\"mentees\":[],\"scores\":[]}", "appears twice"),
        ("{\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],\"mentees\":[{\"id\":\"e1\"}],\"scores\":[[101]]}", "outside 0–100"),
        ("{\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],\"mentees\":[{\"id\":\"e1\"}],\"scores\":[[2.5]]}", "whole number"),
        ("{\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],\"mentees\":[{\"id\":\"e1\"},{\"id\":\"e2\"}],\"scores\":[[1],[1,2]]}", "row 2 has 2 scores"),
        ("{\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],\"mentees\":[{\"id\":\"e1\"}],\"scores\":[[1],[2]]}", "2 rows"),
        ("{\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],\"mentees\":[{\"id\":\"e1\"}],\"edges\":[{\"mentee\":\"x\",\"mentor\":\"m1\",\"score\":1}]}", "unknown mentee \"x\""),
        ("{\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],\"mentees\":[{\"id\":\"e1\"}],\"edges\":[{\"mentee\":\"e1\",\"mentor\":\"m9\",\"score\":1}]}", "unknown mentor \"m9\""),
        ("{\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],\"mentees\":[{\"id\":\"e1\"}]}", "needs \"scores\""),
        ("{\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],\n\"mentees\":[{\"id\":\"e1\"}] \"scores\":[[1]]}", "line 2"),
        ("{\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],\"mentees\":[{\"id\":\"e1\"}],\"scores\":[[1]]} x", "after the end"),
        ("[1,2]", "must be a JSON object"),
        ("{\"mentors\":[{\"id\":\"m1\",\"capacity\":1}],\"mentees\":[{\"id\":\"e1\"}],\"scores\":[[1", "Malformed JSON"),
        ("", "Malformed JSON"),
    ])
    func rejectsBadInputWithAClearMessage(text: String, expected: String) {
        do {
            _ = try parse(text)
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.message.contains(expected), "\(error.message)")
        }
    }

    @Test func deepNestingAndHugeCapacitiesDoNotCrash() throws {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: ProblemFileError.self) { try parse("{\"x\": \(deep)}") }
        let huge = try parse(#"{"mentors":[{"id":"m1","capacity":999999999999999}],"mentees":[{"id":"e1"},{"id":"e2"}],"scores":[[5],[7]]}"#)
        for objective in MatchObjective.allCases {
            #expect(try AssignmentSolver.solve(huge, objective: objective).totalScore == 12)
        }
    }

    @Test func pinsOfForbiddenPairsAreRejectedBySolving() throws {
        let problem = try parse("{\(people), \"scores\": [[null, 1], [1, 1]], \"pins\":[{\"mentee\":\"e1\",\"mentor\":\"m1\"}]}")
        #expect(throws: AssignmentError.pinForbidden(mentee: 0, mentor: 0)) { try AssignmentSolver.solve(problem, objective: .score) }
    }
}
