import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Requests expire at the end of the programme's window")
struct RequestExpiryTests {
    @Test(arguments: TestDB.enabled)
    func aRequestExpiresExactlyAtTheWindowAndBothAreTold(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a 3-day window
            let s = try await RequestScene.make(app, window: 3)
            let sent = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 60).rounded(.down) * 60 - 86_400)
            let r = try await s.request(to: s.mentors[0], sentAt: sent, app: app)
            let expiry = s.expiry(of: r)
            let status = { try await MentorRequest.find(r.id, on: app.db)?.status }

            // act + assert: a second before, still waiting
            #expect(try await RequestExpiry.run(now: expiry.addingTimeInterval(-1), app: app).isEmpty)
            #expect(try await status() == .pending)

            // act + assert: at the window's end, expired, once
            #expect(try await RequestExpiry.run(now: expiry, app: app) == [r.id!])
            #expect(try await status() == .expired)
            #expect(try await RequestExpiry.run(now: expiry.addingTimeInterval(60), app: app).isEmpty)
            let notes = try await AppNotification.query(on: app.db).sort(\.$kind).all()
            #expect(notes.map(\.kind) == [.requestExpired, .requestLapsed])
            #expect(notes.first { $0.kind == .requestExpired }?.userID == s.mentee.id)
            #expect(notes.first { $0.kind == .requestLapsed }?.userID == s.mentors[0].id)
            #expect(notes.first { $0.kind == .requestExpired }?.title == "Your request to Ana Ace expired")
        }
    }

    @Test(arguments: TestDB.enabled)
    func twoSweepsAtOnceExpireEachRequestExactlyOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: six overdue requests from six mentees
            let s = try await RequestScene.make(app)
            let fixtures = Fixtures(app: app)
            let old = Date().addingTimeInterval(-10 * 86_400)
            for i in 0..<6 {
                let mentee = try await fixtures.user(in: s.org, name: "Mentee \(i)")
                try await fixtures.enrol(mentee, in: s.programme, as: .mentee)
                let r = try await fixtures.request(from: mentee, to: s.mentors[i % 4], in: s.programme)
                try await MentorRequest.query(on: app.db).filter(\.$id == r.requireID()).set(\.$createdAt, to: old).update()
            }
            let now = Date()

            // act: two instances sweep at the same moment
            async let first = RequestExpiry.run(now: now, app: app)
            async let second = RequestExpiry.run(now: now, app: app)
            let (a, b) = try await (first, second)

            // assert: every request expired by exactly one of them, and told once
            #expect(a.count + b.count == 6)
            #expect(Set(a).isDisjoint(with: Set(b)))
            #expect(try await MentorRequest.query(on: app.db).filter(\.$status == .expired).count() == 6)
            #expect(try await AppNotification.query(on: app.db).filter(\.$kind == .requestExpired).count() == 6)
            #expect(try await AppNotification.query(on: app.db).filter(\.$kind == .requestLapsed).count() == 6)
        }
    }

    @Test(arguments: TestDB.enabled)
    func twoWorkersRunningTheSweepExpireOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await RequestScene.make(app)
            _ = try await s.request(to: s.mentors[0], sentAt: Date().addingTimeInterval(-6 * 86_400), app: app)
            let now = Date()
            try await Sweep.enqueue(at: now, on: app.db)

            // act: two workers drain the queue at once
            async let first = JobWorker(app: app, name: "a").runDue(now: now, sweeping: false)
            async let second = JobWorker(app: app, name: "b").runDue(now: now, sweeping: false)
            _ = try await first + second

            // assert
            #expect(try await MentorRequest.query(on: app.db).filter(\.$status == .expired).count() == 1)
            #expect(try await AppNotification.query(on: app.db).filter(\.$kind == .requestExpired).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func answeredAndWithdrawnRequestsNeverExpire(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await RequestScene.make(app)
            let old = Date().addingTimeInterval(-30 * 86_400)
            let withdrawn = try await s.request(to: s.mentors[0], sentAt: old, app: app)
            try await MentorRequest.query(on: app.db).filter(\.$id == withdrawn.requireID()).set(\.$status, to: .withdrawn).update()
            // act
            let expired = try await RequestExpiry.run(now: Date(), app: app)
            // assert
            #expect(expired.isEmpty)
            #expect(try await MentorRequest.find(withdrawn.id, on: app.db)?.status == .withdrawn)
        }
    }
}
