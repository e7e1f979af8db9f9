import Foundation
import Testing
@testable import TandemCore

@Suite struct CircleRulesTests {
    @Test func inAGroupCircleOnlyTheMentorCloses() throws {
        // arrange, act, assert
        try CircleRules.requireMayClose(type: .group, role: .mentor, activeMembers: 4)
        #expect(throws: CircleRuleError.closeIsForTheMentor) {
            try CircleRules.requireMayClose(type: .group, role: .mentee, activeMembers: 2)
        }
        try CircleRules.requireMayClose(type: .oneToOne, role: .mentee, activeMembers: 2)
    }

    @Test func aPeerTrioIsLeftAndAPeerPairIsClosed() throws {
        // arrange
        let trio: [EnrolmentRole] = [.peer, .peer, .peer]
        // act
        let outcome = try CircleRules.leave(type: .coMentoring, role: .peer, activeRoles: trio)
        // assert
        #expect(outcome == .continues)
        #expect(throws: CircleRuleError.closeIsForTheMentor) {
            try CircleRules.requireMayClose(type: .peer, role: .peer, activeMembers: 3)
        }
        try CircleRules.requireMayClose(type: .peer, role: .peer, activeMembers: 2)
        #expect(throws: CircleRuleError.notACircle) {
            _ = try CircleRules.leave(type: .peer, role: .peer, activeRoles: [.peer, .peer])
        }
    }

    @Test func theLastMenteeLeavingClosesTheCircle() throws {
        // arrange, act
        let withOthers = try CircleRules.leave(type: .group, role: .mentee, activeRoles: [.mentor, .mentee, .mentee])
        let last = try CircleRules.leave(type: .group, role: .mentee, activeRoles: [.mentor, .mentee])
        // assert
        #expect(withOthers == .continues)
        #expect(last == .closes)
    }

    @Test func mentorsAndPairsCannotLeave() {
        // arrange, act, assert
        #expect(throws: CircleRuleError.mentorCannotLeave) {
            _ = try CircleRules.leave(type: .group, role: .mentor, activeRoles: [.mentor, .mentee])
        }
        #expect(throws: CircleRuleError.notACircle) {
            _ = try CircleRules.leave(type: .oneToOne, role: .mentee, activeRoles: [.mentor, .mentee])
        }
        #expect(CircleRuleError.notACircle.isRoleFailure == false)
        #expect(CircleRuleError.mentorCannotLeave.isRoleFailure)
    }
}
