import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Sweep: nudges about waiting requests")
struct RequestNudgeTests {
    @Test(arguments: TestDB.enabled)
    func aMentorIsNudgedOnceAboutRequestsWaitingTwoDays(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: two requests to Maria, sent now
            let s = try await NotificationFlowTests.scene(app)
            let fixtures = Fixtures(app: app)
            let second = try await fixtures.user(in: s.org, name: "Sam Second")
            try await fixtures.enrol(second, in: s.programme, as: .mentee)
            _ = try await fixtures.request(from: s.mentee, to: s.mentor, in: s.programme)
            _ = try await fixtures.request(from: second, to: s.mentor, in: s.programme)
            let start = Date()
            let day: TimeInterval = 86400
            let nudges = { try await AppNotification.query(on: app.db).filter(\.$kind == .nudgeRequestWaiting).all() }

            // act + assert: a day later, nothing; three days later, one nudge counting both
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(day))
            #expect(try await nudges().isEmpty)
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(3 * day))
            let first = try await nudges()
            #expect(first.count == 1)
            #expect(first.first?.userID == s.mentor.id)
            #expect(first.first?.title == "2 mentoring requests are waiting for your answer")

            // running again at the same moment, or a day later, sends nothing more
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(3 * day))
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(4 * day))
            #expect(try await nudges().count == 1)

            // three days after the first, still unanswered: one more
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(6 * day + 60))
            #expect(try await nudges().count == 2)
            #expect(try await OutboxMessage.query(on: app.db).count() == 2)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aMentorWhoSwitchedNudgesOffGetsNone(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await NotificationFlowTests.scene(app)
            _ = try await Fixtures(app: app).request(from: s.mentee, to: s.mentor, in: s.programme)
            try await NotificationService.save([(.nudgeRequestWaiting, .off)], for: s.mentor.requireID(), on: app.db)
            // act
            try await BackgroundJobs.runDue(on: app, now: Date().addingTimeInterval(3 * 86400))
            // assert
            #expect(try await AppNotification.query(on: app.db).count() == 0)
        }
    }
}
