import Foundation
import Testing
@testable import TandemCore

@Suite struct RecommenderTests {
    private func mentor(_ name: String, _ skill: String, level: Int, id: Int, seats: Int = 1) -> MatchProfile {
        MatchProfile(id: UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", id))!, name: name,
                     department: "Ops", seniority: 5, skillsOffered: [SkillTag(name: skill, level: level)], seatsLeft: seats)
    }

    private let mentee = MatchProfile(id: UUID(), name: "Cleo", department: "Sales", seniority: 2,
                                      skillsWanted: [SkillTag(name: "Swift")])

    @Test func ranksByScoreThenNameThenIDAndSkipsIneligible() {
        // arrange
        let mentors = [
            mentor("Zoe", "Swift", level: 3, id: 1), mentor("Adam", "Swift", level: 3, id: 2),
            mentor("Adam", "Swift", level: 3, id: 3), mentor("Bea", "Swift", level: 1, id: 4),
            mentor("Full", "Swift", level: 3, id: 5, seats: 0),
        ]
        // act
        let top = ScoringIndex(mentors: mentors, criteria: .defaults(for: .oneToOne)).top(k: 10, for: mentee)
        // assert
        #expect(top.map(\.mentor.name) == ["Adam", "Adam", "Zoe", "Bea"])
        #expect(top[0].mentor.id.uuidString < top[1].mentor.id.uuidString)
        #expect(top.allSatisfy { $0.score.isEligible && !$0.score.reasons.isEmpty })
        #expect(ScoringIndex(mentors: mentors.reversed(), criteria: .defaults(for: .oneToOne)).top(k: 2, for: mentee)
            .map(\.mentor.id) == top.prefix(2).map(\.mentor.id))
    }

    @Test func indexScoresAgreeWithThePairScorer() {
        var random = SeededRandom(seed: 5)
        let skills = ["Swift", "SQL", "Go", "Design", "Sales"]
        let mentors = (0..<40).map { index in
            MatchProfile(id: UUID(), name: "M\(index)", department: ["A", "B"].randomElement(using: &random)!,
                         seniority: Int.random(in: 1...10, using: &random), utcOffsetMinutes: 60 * Int.random(in: -5...5, using: &random),
                         languages: ["en"], skillsOffered: [SkillTag(name: skills.randomElement(using: &random)!, level: Int.random(in: 1...3, using: &random))],
                         motivators: [Motivator.allCases.randomElement(using: &random)!])
        }
        let criteria = MatchCriteria.defaults(for: .oneToOne)
        let top = ScoringIndex(mentors: mentors, criteria: criteria).top(k: 40, for: mentee)
        for entry in top {
            #expect(entry.score == PairScorer.score(mentee: mentee, mentor: entry.mentor, criteria: criteria))
        }
        #expect(top.map(\.score.score) == top.map(\.score.score).sorted(by: >))
    }
}
