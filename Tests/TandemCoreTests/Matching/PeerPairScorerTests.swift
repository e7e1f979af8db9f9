import Foundation
import Testing
@testable import TandemCore

@Suite("Peer pair scores")
struct PeerPairScorerTests {
    private let criteria = MatchCriteria.defaults(for: .coMentoring)

    private func person(_ name: String, offers: [String], wants: [String], manager: UUID? = nil,
                        languages: [String] = ["English"], department: String = "Sales") -> MatchProfile {
        MatchProfile(
            id: UUID(), name: name, department: department, languages: languages,
            skillsOffered: offers.map { SkillTag(name: $0, level: 3) }, skillsWanted: wants.map { SkillTag(name: $0, level: 1) },
            motivators: [.careerGrowth], managerID: manager)
    }

    @Test("the explanation names both directions")
    func bothDirections() {
        let ana = person("Ana Lima", offers: ["SQL"], wants: ["Public speaking"])
        let ben = person("Ben Ode", offers: ["Public speaking"], wants: ["SQL"])
        let score = PeerPairScorer.score(a: ana, b: ben, criteria: criteria)
        let skills = score.reasons.first { $0.criterion == "skills" }
        #expect(skills?.sentence == "Ana can teach Ben SQL; Ben can teach Ana Public speaking")
        #expect(score.isEligible)
    }

    @Test("one-way teaching still says what the other side lacks")
    func oneWay() {
        let ana = person("Ana", offers: ["SQL"], wants: [])
        let ben = person("Ben", offers: [], wants: ["SQL"])
        let sentence = PeerPairScorer.score(a: ana, b: ben, criteria: criteria).reasons.first { $0.criterion == "skills" }?.sentence
        #expect(sentence == "Ana can teach Ben SQL; Ben offers nothing Ana asked for yet")
    }

    @Test("the score is the same whichever way round, and two-way beats one-way")
    func symmetric() {
        let ana = person("Ana", offers: ["SQL"], wants: ["Design"])
        let ben = person("Ben", offers: ["Design"], wants: ["SQL"])
        let cat = person("Cat", offers: [], wants: ["SQL"])
        let ab = PeerPairScorer.score(a: ana, b: ben, criteria: criteria).score
        #expect(ab == PeerPairScorer.score(a: ben, b: ana, criteria: criteria).score)
        #expect(ab > PeerPairScorer.score(a: ana, b: cat, criteria: criteria).score)
    }

    @Test("hard constraints rule a pair out", arguments: ["manager", "report", "language", "department"])
    func hardConstraints(rule: String) {
        var c = criteria
        c.excludedDepartmentPairs = [DepartmentPair("Audit", "Finance")]
        var ana = person("Ana", offers: ["SQL"], wants: [], department: "Audit")
        var ben = person("Ben", offers: [], wants: ["SQL"], department: "Sales")
        switch rule {
        case "manager": ben.managerID = ana.id
        case "report": ana.managerID = ben.id
        case "language": (ana.languages, ben.languages) = (["English"], ["German"])
        default: ben.department = "Finance"
        }
        let expected = ["manager": "manager", "report": "manager", "language": "no_common_language"][rule] ?? "excluded_departments"
        #expect(PeerPairScorer.score(a: ana, b: ben, criteria: c).ineligibility?.code == expected)
    }
}
