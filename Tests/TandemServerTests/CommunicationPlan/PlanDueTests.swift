import Fluent
import Foundation
import TandemCore
import Testing
@testable import TandemServer

@Suite("Communication plan: due messages")
struct PlanDueTests {
    static func names(_ due: DuePlanMessage?) -> [String] {
        (due?.recipients ?? []).map(\.name).sorted()
    }

    @Test(arguments: TestDB.enabled)
    func programmeMessageFallsDueAtNineLocalInTheOrganisationsZone(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: 7 days before matching opens (15 Feb) is 8 Feb, 09:00 in Auckland
            let s = try await PlanScene.make(Fixtures(app: app))
            let message = try await s.message(.matchingStarts, offset: -7, to: .everyone)
            let nine = PlanScene.local(2030, 2, 8, 9)
            // act
            let before = try await PlanDueQueries.due(at: nine.addingTimeInterval(-1), on: app.db)
            let at = try await PlanDueQueries.due(at: nine, on: app.db)
            // assert
            #expect(before.isEmpty)
            #expect(at.map(\.messageID) == [message.id])
            #expect(at.first?.occurrence == .programme)
            #expect(at.first?.shouldSkip == false)
            #expect(at.first?.dueAt == nine)
            #expect(Self.names(at.first) == ["Ann Mentor", "Bob Mentor", "Cy Mentee", "Di Mentee", "Ed Mentee"])
        }
    }

    @Test(arguments: TestDB.enabled)
    func audiencesChooseTheRightPeople(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: one message per audience at the mid-point (16 Mar)
            let s = try await PlanScene.make(Fixtures(app: app))
            var ids: [PlanAudience: UUID] = [:]
            for audience in PlanAudience.allCases {
                ids[audience] = try await s.message(.midpoint, to: audience).id
            }
            // act
            let due = try await PlanDueQueries.due(at: PlanScene.local(2030, 3, 16, 9, 30), on: app.db)
            // assert
            func recipients(_ a: PlanAudience) -> [String] { Self.names(due.first { $0.messageID == ids[a] }) }
            #expect(due.count == PlanAudience.allCases.count)
            #expect(recipients(.mentors) == ["Ann Mentor", "Bob Mentor"])
            #expect(recipients(.mentees) == ["Cy Mentee", "Di Mentee", "Ed Mentee"])
            #expect(recipients(.unmatched) == ["Ed Mentee"])
            #expect(recipients(.pairsWithoutCheckIn) == ["Bob Mentor", "Di Mentee"])
            #expect(recipients(.everyone).count == 5)
            let bob = due.first { $0.messageID == ids[.pairsWithoutCheckIn] }?.recipients.first { $0.name == "Bob Mentor" }
            #expect(bob?.partnerName == "Di Mentee")
            #expect(bob?.linkPath == "/relationships/\(s.unmetPair)")
        }
    }

    @Test(arguments: TestDB.enabled)
    func aPersonEnrolledOnBothSidesGetsOneMessage(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: Ed also enrols as a mentor
            let s = try await PlanScene.make(Fixtures(app: app))
            try await s.fixtures.enrol(s.ed, in: s.programme, as: .mentor)
            let message = try await s.message(.midpoint, to: .everyone)
            // act
            let due = try await PlanDueQueries.due(at: PlanScene.local(2030, 3, 16, 10), on: app.db)
            // assert
            let eds = due.first { $0.messageID == message.id }?.recipients.filter { $0.name == "Ed Mentee" }
            #expect(eds?.count == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func perPairMessagesFollowTheMatchAndTheCheckIns(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: on match to mentees; 14 days after match to pairs without a check-in
            let s = try await PlanScene.make(Fixtures(app: app))
            let onMatch = try await s.message(.matched, to: .mentees)
            let nudge = try await s.message(.matched, offset: 14, to: .pairsWithoutCheckIn)
            // act
            let atMatch = try await PlanDueQueries.due(at: PlanScene.matchedAt, on: app.db)
            let later = try await PlanDueQueries.due(at: PlanScene.local(2030, 3, 16, 9), on: app.db)
            // assert
            #expect(atMatch.allSatisfy { $0.messageID == onMatch.id })
            #expect(Set(atMatch.map(\.occurrence)) == [.relationship(s.metPair), .relationship(s.unmetPair)])
            #expect(atMatch.flatMap(\.recipients).map(\.name).sorted() == ["Cy Mentee", "Di Mentee"])
            let nudges = later.filter { $0.messageID == nudge.id }
            #expect(nudges.count == 2)
            #expect(nudges.first { $0.occurrence == .relationship(s.metPair) }?.recipients.isEmpty == true)
            #expect(Self.names(nudges.first { $0.occurrence == .relationship(s.unmetPair) }) == ["Bob Mentor", "Di Mentee"])
        }
    }

    @Test(arguments: TestDB.enabled)
    func pastValidUntilIsSkippedWithNoRecipients(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: the mid-point message, looked at a week late
            let s = try await PlanScene.make(Fixtures(app: app))
            let message = try await s.message(.midpoint, to: .everyone)
            // act
            let due = try await PlanDueQueries.due(at: PlanScene.local(2030, 3, 23, 9), on: app.db)
            // assert: one item for the one occurrence, to be skipped
            let item = try #require(due.first { $0.messageID == message.id })
            #expect(due.filter { $0.messageID == message.id }.count == 1)
            #expect(item.isPastValidUntil)
            #expect(item.recipients.isEmpty)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aMessagePlannedAfterItsMomentIsSkipped(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: the welcome (1 Feb) planned on 5 Feb
            let s = try await PlanScene.make(Fixtures(app: app))
            let message = try await s.message(.enrolmentStarts, to: .everyone, plannedAt: PlanScene.local(2030, 2, 5))
            // act
            let due = try await PlanDueQueries.due(at: PlanScene.local(2030, 2, 5, 12), on: app.db)
            // assert
            let item = try #require(due.first { $0.messageID == message.id })
            #expect(item.skipReason == .plannedTooLate)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aRunIsRecordedOnceAndNotDueAgain(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await PlanScene.make(Fixtures(app: app))
            let message = try await s.message(.midpoint, to: .everyone)
            let now = PlanScene.local(2030, 3, 16, 9)
            let item = try #require(try await PlanDueQueries.due(at: now, on: app.db).first)
            // act
            let first = try await PlanRunRecorder.record(messageID: item.messageID, occurrence: item.occurrence, state: .sent,
                                                         recipients: item.recipients.count, at: now, on: app.db)
            let second = try await PlanRunRecorder.record(messageID: item.messageID, occurrence: item.occurrence, state: .sent,
                                                          recipients: item.recipients.count, at: now, on: app.db)
            let again = try await PlanDueQueries.due(at: now.addingTimeInterval(3_600), on: app.db)
            // assert
            #expect(first)
            #expect(!second)
            #expect(again.isEmpty)
            #expect(try await PlanMessageRun.query(on: app.db).filter(\.$planMessageID == message.id!).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func switchedOffAndArchivedMessagesAreNeverDue(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await PlanScene.make(Fixtures(app: app))
            let off = try await s.message(.midpoint, to: .everyone)
            off.enabled = false
            try await off.save(on: app.db)
            // act
            let due = try await PlanDueQueries.due(at: PlanScene.local(2030, 3, 16, 10), on: app.db)
            // assert
            #expect(due.isEmpty)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theDueComputationCostsTheSameForOneProgrammeAndThree(db: TestDB) async throws {
        // arrange, act: Fluent queries (the roster) counted; the two candidate reads are raw SQL
        func cost(programmes: Int) async throws -> (queries: Int, items: Int) {
            var result = (0, 0)
            try await withApp(db) { app in
                for i in 0..<programmes {
                    let s = try await PlanScene.make(Fixtures(app: app), orgName: "Org \(i)")
                    try await s.message(.midpoint, to: .everyone)
                    try await s.message(.matched, to: .everyone)
                }
                app.fluent.history.start()
                let due = try await PlanDueQueries.due(at: PlanScene.local(2030, 3, 16, 10), on: app.db)
                result = (app.fluent.history.queries.count, due.count)
                app.fluent.history.stop()
            }
            return result
        }
        let one = try await cost(programmes: 1)
        let three = try await cost(programmes: 3)
        // assert
        // each programme: the mid-point to send, and its two pairs' on-match messages long expired
        #expect(one.items == 3)
        #expect(three.items == 9)
        #expect(one.queries == three.queries)
        #expect(one.queries <= 3)
    }
}
