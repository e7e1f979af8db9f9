import Testing
@testable import TandemCore

@Suite struct ChoiceTests {
    @Test func rawValuesMatchTheStoredStrings() {
        #expect(ProgrammeType.allCases.map(\.rawValue) == ["one_to_one", "reverse", "peer", "group", "co_mentoring"])
        #expect(ProgrammeMode.allCases.map(\.rawValue) == ["formal", "informal"])
        #expect(EnrolmentRole.allCases.map(\.rawValue) == ["mentor", "mentee", "peer"])
        #expect(ProgrammePhase.allCases.map(\.rawValue) == ["upcoming", "enrolment", "matching", "active", "closing", "ended"])
        #expect(Motivator.allCases.map(\.rawValue) == [
            "career_growth", "giving_back", "learning_new_perspectives", "networking", "leadership",
            "confidence", "wellbeing", "innovation",
        ])
        #expect(CommunicationStyle.allCases.map(\.rawValue) == ["direct", "reflective", "balanced"])
        #expect(MeetingPreference.allCases.map(\.rawValue) == ["video", "chat", "in_person", "call"])
        #expect(UserRole.allCases.map(\.rawValue) == ["admin", "participant"])
        #expect(RequestStatus.allCases.map(\.rawValue) == ["pending", "accepted", "declined", "withdrawn", "expired"])
        #expect(RelationshipStatus.allCases.map(\.rawValue) == ["active", "closed"])
        #expect(RelationshipHealth.allCases.map(\.rawValue) == ["healthy", "at_risk", "stalled"])
    }

    @Test func labels() {
        #expect(ProgrammeType.allCases.map(\.label) == [
            "One-to-one", "Reverse mentoring", "Peer mentoring", "Group circle", "Co-mentoring",
        ])
        #expect(ProgrammeMode.informal.label == "Informal, always open")
        #expect(ProgrammePhase.upcoming.label == "Not started yet")
    }

    @Test(arguments: ProgrammeType.allCases)
    func rolesFollowTheSides(type: ProgrammeType) {
        let expected: [EnrolmentRole] = type.isTwoSided ? [.mentor, .mentee] : [.peer]
        #expect(type.allowedRoles == expected)
        #expect(type.summary.hasSuffix("."))
    }

    @Test func sidesAndSummaries() {
        #expect(ProgrammeType.allCases.filter(\.isTwoSided) == [.oneToOne, .reverse, .group])
        #expect(ProgrammeType.reverse.summary == "Junior colleagues mentor senior colleagues, for example on digital skills.")
        #expect(ProgrammeType.group.summary == "One mentor leads a circle of several mentees.")
    }
}
