import Foundation
import Testing
@testable import TandemCore

@Suite struct SeatLedgerTests {
    let mentor = UUID(), ann = UUID(), bob = UUID(), cy = UUID()

    @Test func aCircleMentorHoldsOneSeatPerRemainingMentee() {
        // arrange
        let members = [
            SeatLedger.Member(userID: mentor, role: .mentor, isActive: true),
            SeatLedger.Member(userID: ann, role: .mentee, isActive: false),
            SeatLedger.Member(userID: bob, role: .mentee, isActive: true),
            SeatLedger.Member(userID: cy, role: .mentee, isActive: true),
        ]
        // act
        let held = SeatLedger.held(type: .group, members: members, acceptors: [])
        let freed = SeatLedger.freedByLeaving(bob, type: .group, members: members, acceptors: [])
        let again = SeatLedger.freedByLeaving(ann, type: .group, members: members, acceptors: [])
        // assert
        #expect(held == [.init(userID: mentor, role: .mentor, programmeSeats: 2, personalSeats: 2)])
        #expect(freed == [.init(userID: mentor, role: .mentor, programmeSeats: 1, personalSeats: 1)])
        #expect(again.isEmpty)
    }

    @Test func aRequestedPeerPairGivesBackOnlyTheAcceptorsSeats() {
        // arrange
        let members = [SeatLedger.Member(userID: ann, role: .peer, isActive: true), SeatLedger.Member(userID: bob, role: .peer, isActive: true)]
        // act
        let held = SeatLedger.held(type: .peer, members: members, acceptors: [bob])
        // assert
        #expect(held == [.init(userID: bob, role: .peer, programmeSeats: 1, personalSeats: 1)])
    }

    @Test func aMatchedTrioHoldsAProgrammeSeatEachAndTheFirstsPersonalSeat() {
        // arrange
        let members = [ann, bob, cy].map { SeatLedger.Member(userID: $0, role: .peer, isActive: true) }
        // act
        let held = SeatLedger.held(type: .coMentoring, members: members, acceptors: [])
        let annLeaves = SeatLedger.freedByLeaving(ann, type: .coMentoring, members: members, acceptors: [])
        let afterwards = SeatLedger.held(type: .coMentoring, members: [
            .init(userID: ann, role: .peer, isActive: false), members[1], members[2],
        ], acceptors: [])
        // assert
        #expect(held.map(\.programmeSeats) == [1, 1, 1])
        #expect(held.map(\.personalSeats) == [1, 0, 0])
        #expect(annLeaves == [.init(userID: ann, role: .peer, programmeSeats: 1, personalSeats: 1)])
        #expect(afterwards.map(\.personalSeats) == [0, 0])
    }
}
