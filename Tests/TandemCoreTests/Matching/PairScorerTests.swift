import Foundation
import Testing
@testable import TandemCore

/// Ana (mentor) and Ben (mentee), alike except where a test changes them.
private func ana(_ change: (inout MatchProfile) -> Void = { _ in }) -> MatchProfile {
    var profile = MatchProfile(
        id: UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!, name: "Ana Lima", department: "Finance",
        seniority: 6, languages: ["English", "Portuguese"], skillsOffered: [SkillTag(name: "SQL", level: 3)],
        motivators: [.leadership, .confidence], communicationStyle: .direct, meetingPreference: .video, seatsLeft: 2)
    change(&profile)
    return profile
}

private func ben(_ change: (inout MatchProfile) -> Void = { _ in }) -> MatchProfile {
    var profile = MatchProfile(
        id: UUID(uuidString: "00000000-0000-0000-0000-00000000000B")!, name: "Ben Okafor", department: "Sales",
        seniority: 3, languages: ["english"], skillsWanted: [SkillTag(name: "sql")], motivators: [.confidence, .leadership],
        communicationStyle: .direct, meetingPreference: .video)
    change(&profile)
    return profile
}

@Suite struct PairScorerTests {
    let criteria = MatchCriteria.defaults(for: .oneToOne)

    private func reason(_ score: PairScore, _ criterion: String) -> ScoreReason? {
        score.reasons.first { $0.criterion == criterion }
    }

    @Test func explainsEveryCriterionWithNames() throws {
        // act
        let score = PairScorer.score(mentee: ben(), mentor: ana(), criteria: criteria)
        // assert
        #expect(score.isEligible && score.score == 100)
        #expect(reason(score, "skills")?.sentence == "Ana offers SQL (level 3), which Ben wants")
        #expect(reason(score, "motivators")?.sentence == "Both want to build confidence and grow as leaders")
        #expect(reason(score, "language")?.sentence == "Both speak English")
        #expect(reason(score, "seniority")?.sentence == "Ana is 3 levels more senior than Ben")
        #expect(reason(score, "time_zone")?.sentence == "Ben and Ana are in the same time zone")
        #expect(reason(score, "department")?.sentence.contains("Finance") == true)
        #expect(score.reasons.map(\.points).reduce(0, +) >= score.score)
        #expect(score.reasons.map(\.points) == score.reasons.map(\.points).sorted(by: >))
    }

    /// Ana changed so she fits Ben less on one criterion.
    private func weakerMentor(on criterion: String) -> MatchProfile {
        ana { mentor in
            switch criterion {
            case "skills": mentor.skillsOffered = [SkillTag(name: "SQL", level: 1)]
            case "motivators": mentor.motivators = [.networking]
            case "communication": mentor.communicationStyle = .reflective
            case "time_zone": mentor.utcOffsetMinutes = 300
            case "seniority": mentor.seniority = 3
            default: mentor.department = "Sales"
            }
        }
    }

    @Test(arguments: ["skills", "motivators", "communication", "time_zone", "seniority", "department"])
    func eachCriterionLowersTheScoreWhenTheMentorFitsLess(criterion: String) {
        let best = PairScorer.score(mentee: ben(), mentor: ana(), criteria: criteria)
        let worse = PairScorer.score(mentee: ben(), mentor: weakerMentor(on: criterion), criteria: criteria)
        #expect(worse.score < best.score)
        #expect((reason(worse, criterion)?.points ?? 0) < (reason(best, criterion)?.points ?? 0))
    }

    @Test func reverseProgrammesWantTheMenteeMoreSenior() {
        let reverse = MatchCriteria.defaults(for: .reverse)
        let senior = PairScorer.score(mentee: ben { $0.seniority = 8 }, mentor: ana { $0.seniority = 5 }, criteria: reverse)
        let junior = PairScorer.score(mentee: ben { $0.seniority = 3 }, mentor: ana { $0.seniority = 6 }, criteria: reverse)
        #expect(reason(senior, "seniority")?.sentence == "Ben is 3 levels more senior than Ana")
        #expect(reason(junior, "seniority") == nil)
    }

    @Test func coMentoringCreditsTeachingBack() {
        let score = PairScorer.score(mentee: ben { $0.skillsOffered = [SkillTag(name: "Figma", level: 2)] },
                                     mentor: ana { $0.skillsWanted = [SkillTag(name: "figma")] },
                                     criteria: .defaults(for: .coMentoring))
        #expect(reason(score, "reciprocity")?.sentence == "Ben can teach Ana Figma (level 2) in return")
    }

    @Test(arguments: ["same_person", "manager", "no_common_language", "excluded_departments", "at_capacity"])
    func hardConstraintsRuleOutWithAReason(code: String) {
        // arrange
        var (mentor, mentee) = (ana(), ben())
        switch code {
        case "same_person": mentee.id = mentor.id
        case "manager": mentee.managerID = mentor.id
        case "no_common_language": mentee.languages = ["French"]
        case "excluded_departments": mentor.department = "Audit"
        default: mentor.seatsLeft = 0
        }
        var rules = criteria
        rules.excludedDepartmentPairs = [DepartmentPair("sales", "AUDIT")]
        // act
        let score = PairScorer.score(mentee: mentee, mentor: mentor, criteria: rules)
        // assert
        #expect(!score.isEligible)
        #expect(score.ineligibility?.code == code)
        #expect(score.ineligibility?.sentence.isEmpty == false)
    }

    @Test func managerSentenceNamesWhoManagesWhom() {
        let score = PairScorer.score(mentee: ben { $0.managerID = ana().id }, mentor: ana(), criteria: criteria)
        #expect(score.ineligibility?.sentence == "Ana is Ben’s manager")
        var allowed = criteria
        allowed.allowManagerAsMentor = true
        #expect(PairScorer.score(mentee: ben { $0.managerID = ana().id }, mentor: ana(), criteria: allowed).isEligible)
    }

    @Test func languageRuleCanBeSwitchedOff() {
        var relaxed = criteria
        relaxed.requireCommonLanguage = false
        let score = PairScorer.score(mentee: ben { $0.languages = ["French"] }, mentor: ana(), criteria: relaxed)
        #expect(score.isEligible && reason(score, "language") == nil)
    }
}
