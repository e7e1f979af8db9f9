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
    func aMentorIsNudgedOnceHalfwayThroughTheWindowAtMostOnceInThreeDays(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a 10-day window, two requests to Maria, sent now
            let s = try await NotificationFlowTests.scene(app)
            s.programme.requestPolicy = RequestPolicy(responseWindowDays: 10, maxOpenRequests: 3)
            try await s.programme.save(on: app.db)
            let fixtures = Fixtures(app: app)
            let second = try await fixtures.user(in: s.org, name: "Sam Second")
            try await fixtures.enrol(second, in: s.programme, as: .mentee)
            _ = try await fixtures.request(from: s.mentee, to: s.mentor, in: s.programme)
            _ = try await fixtures.request(from: second, to: s.mentor, in: s.programme)
            let start = Date()
            let day: TimeInterval = 86400
            let nudges = { try await AppNotification.query(on: app.db).filter(\.$kind == .nudgeRequestWaiting).all() }

            // act + assert: three days later (before half the window), nothing
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(3 * day))
            #expect(try await nudges().isEmpty)
            // five days and a minute later: one nudge counting both
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(5 * day + 60))
            let first = try await nudges()
            #expect(first.count == 1)
            #expect(first.first?.userID == s.mentor.id)
            #expect(first.first?.title == "2 mentoring requests are waiting for your answer")

            // running again at the same moment, or a day later, sends nothing more
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(5 * day + 60))
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(6 * day + 60))
            #expect(try await nudges().count == 1)

            // three days after the first, still unanswered: one more
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(8 * day + 120))
            #expect(try await nudges().count == 2)
            #expect(try await OutboxMessage.query(on: app.db).count() == 2)
        }
    }

    @Test(arguments: TestDB.enabled)
    func withTheDefaultWindowTheNudgeComesAtTwoAndAHalfDaysAndNoneAfterExpiry(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: the default 5-day window
            let s = try await NotificationFlowTests.scene(app)
            let r = try await Fixtures(app: app).request(from: s.mentee, to: s.mentor, in: s.programme)
            let sent = try #require(try await MentorRequest.find(r.id, on: app.db)?.createdAt)
            let halfway = RequestClock.nudgeMoment(sentAt: sent, windowDays: 5, in: TimeZone(identifier: "Europe/London")!)
            let nudges = { try await AppNotification.query(on: app.db).filter(\.$kind == .nudgeRequestWaiting).count() }

            // act + assert: an hour before halfway, nothing; at halfway, a nudge
            try await BackgroundJobs.runDue(on: app, now: halfway.addingTimeInterval(-3600))
            #expect(try await nudges() == 0)
            try await BackgroundJobs.runDue(on: app, now: halfway)
            #expect(try await nudges() == 1)
            // after the window the request is expired: no more nudges, ever
            try await BackgroundJobs.runDue(on: app, now: sent.addingTimeInterval(9 * 86400))
            #expect(try await nudges() == 1)
            #expect(try await MentorRequest.find(r.id, on: app.db)?.status == .expired)
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
