import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Sweep: nudges about check-ins due")
struct CheckInNudgeTests {
    @Test(arguments: TestDB.enabled)
    func bothMembersHearWhenTheFirstCheckInIsDueAndNotAgainForThreeDays(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a pair with no check-in yet; its first check-in is due one rhythm step after the match
            let w = try await WorkspaceScene.make(Fixtures(app: app))
            let r = try await w.relationship()
            let due = WorkspaceRhythm.nextDue(relationship: r, facts: MeetingFacts(), timeZone: TimeZone(identifier: "Europe/London")!)
            let nudges = { try await AppNotification.query(on: app.db).filter(\.$kind == .nudgeCheckInDue).all() }

            // act + assert: three days before, nothing; half a day before, both members; an hour later, nothing more
            try await BackgroundJobs.runDue(on: app, now: due.addingTimeInterval(-3 * 86400))
            #expect(try await nudges().isEmpty)
            try await BackgroundJobs.runDue(on: app, now: due.addingTimeInterval(-12 * 3600))
            let first = try await nudges()
            #expect(Set(first.map(\.userID)) == Set([w.mentor.id, w.mentee.id]))
            #expect(first.allSatisfy { $0.title.contains("is due tomorrow") })
            try await BackgroundJobs.runDue(on: app, now: due.addingTimeInterval(-11 * 3600))
            #expect(try await nudges().count == 2)

            // three days on, still no check-in: overdue, once more each
            try await BackgroundJobs.runDue(on: app, now: due.addingTimeInterval(3 * 86400))
            let later = try await nudges()
            #expect(later.count == 4)
            #expect(later.filter { $0.title.contains("overdue") }.count == 2)
        }
    }
}
