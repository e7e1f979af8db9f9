import Foundation
import Testing
@testable import TandemCore

@Suite struct AgreementRulesTests {
    static let a = UUID(), b = UUID(), c = UUID()

    static func current(_ number: Int, confirmedBy: Set<UUID>, follows: Bool = false) -> AgreementRules.Current {
        AgreementRules.Current(number: number, confirmedBy: confirmedBy, followsInForce: follows)
    }

    @Test(arguments: [
        // no version at all
        (nil, Set([a, b]), AgreementState.none),
        // proposed: the proposer confirmed by proposing, the partner not yet
        (current(1, confirmedBy: [a]), Set([a, b]), .proposed),
        // both confirmed the same version
        (current(1, confirmedBy: [a, b]), Set([a, b]), .inForce),
        // an edit after confirmation: version 2 confirmed only by the editor
        (current(2, confirmedBy: [b], follows: true), Set([a, b]), .needsReconfirmation),
        (current(2, confirmedBy: [a, b], follows: true), Set([a, b]), .inForce),
        // a circle of three: two of three is partial
        (current(1, confirmedBy: [a, b]), Set([a, b, c]), .proposed),
        (current(1, confirmedBy: [a, b, c]), Set([a, b, c]), .inForce),
        // a member who left: their missing confirmation no longer counts, and theirs is ignored
        (current(1, confirmedBy: [a, b]), Set([a, b]), .inForce),
        (current(1, confirmedBy: [a, c]), Set([a, b]), .proposed),
        // a new member joins a circle whose agreement was in force
        (current(3, confirmedBy: [a, b], follows: true), Set([a, b, c]), .needsReconfirmation),
        // nobody left at all
        (current(1, confirmedBy: [a]), Set<UUID>(), .proposed),
    ] as [(AgreementRules.Current?, Set<UUID>, AgreementState)])
    func statesAtTheBoundaries(current: AgreementRules.Current?, members: Set<UUID>, expected: AgreementState) {
        #expect(AgreementRules.state(current: current, members: members) == expected)
    }

    @Test func theLastConfirmationBringsItIntoForce() throws {
        // arrange: a circle of three, two confirmed
        let now = Self.current(1, confirmedBy: [Self.a, Self.b])
        // act
        let outcome = try AgreementRules.confirm(version: 1, by: Self.c, current: now, members: [Self.a, Self.b, Self.c])
        // assert
        #expect(outcome == .confirmed(nowInForce: true))
    }

    @Test func aPartialConfirmationIsNotInForce() throws {
        let now = Self.current(1, confirmedBy: [Self.a])
        let outcome = try AgreementRules.confirm(version: 1, by: Self.b, current: now, members: [Self.a, Self.b, Self.c])
        #expect(outcome == .confirmed(nowInForce: false))
    }

    @Test func confirmingTwiceChangesNothing() throws {
        let now = Self.current(1, confirmedBy: [Self.a])
        #expect(try AgreementRules.confirm(version: 1, by: Self.a, current: now, members: [Self.a, Self.b]) == .alreadyConfirmed)
    }

    @Test func anOlderVersionCannotBeConfirmed() {
        // arrange: b read version 1, a edited it to version 2 meanwhile
        let now = Self.current(2, confirmedBy: [Self.a], follows: true)
        // act, assert
        #expect(throws: AgreementError.staleVersion(current: 2)) {
            try AgreementRules.confirm(version: 1, by: Self.b, current: now, members: [Self.a, Self.b])
        }
        #expect(throws: AgreementError.staleVersion(current: 2)) {
            try AgreementRules.confirm(version: 3, by: Self.b, current: now, members: [Self.a, Self.b])
        }
    }

    @Test func nothingToConfirmAndStrangersAreRefused() {
        #expect(throws: AgreementError.notProposed) {
            try AgreementRules.confirm(version: 1, by: Self.a, current: nil, members: [Self.a, Self.b])
        }
        #expect(throws: AgreementError.notMember) {
            try AgreementRules.confirm(version: 1, by: Self.c, current: Self.current(1, confirmedBy: [Self.a]), members: [Self.a, Self.b])
        }
    }

    @Test func awaitingListsOnlyCurrentMembers() {
        let now = Self.current(1, confirmedBy: [Self.a, Self.c])
        #expect(AgreementRules.awaiting(current: now, members: [Self.a, Self.b]) == [Self.b])
    }

    @Test func anUnchangedEditMakesNoVersion() throws {
        // arrange
        let terms = AgreementTemplate.tandemDefault.firstDraft(members: [Self.a], today: day("2026-01-01"))
        let valid = try terms.validate(members: [Self.a], today: day("2026-01-01"))
        var edited = valid
        edited.feedback = "Monthly retro."
        // act, assert
        #expect(AgreementRules.nextVersion(after: nil, proposing: valid) == 1)
        #expect(AgreementRules.nextVersion(after: (1, valid), proposing: valid) == nil)
        #expect(AgreementRules.nextVersion(after: (1, valid), proposing: edited) == 2)
    }
}
