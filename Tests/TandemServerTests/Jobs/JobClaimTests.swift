import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Jobs: claiming, retries, email delivery")
struct JobClaimTests {
    /// Outbox emails with their send jobs, as a feature would queue them.
    static func queueEmails(_ count: Int, in org: Organisation, app: Application) async throws {
        for i in 0..<count {
            try await Outbox.queue(OutboxMessage(organisationID: try org.requireID(), toEmail: "p\(i)@example.com",
                                                 subject: "Hello \(i)", body: "Body", idempotencyKey: "test:\(i)"), on: app.db)
        }
    }

    @Test(arguments: TestDB.enabled)
    func twoWorkersRacingSendEachEmailExactlyOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let org = try await Fixtures(app: app).organisation()
            try await Self.queueEmails(40, in: org, app: app)
            let mailer = RecordingMailSender()
            app.mailSender = mailer

            // act: two workers drain the queue at once
            let now = Date()
            async let first = JobWorker(app: app, name: "a").runDue(now: now, sweeping: false)
            async let second = JobWorker(app: app, name: "b").runDue(now: now, sweeping: false)
            let ran = try await first + second

            // assert
            #expect(ran == 40)
            #expect(mailer.sent.count == 40)
            #expect(Set(mailer.sent.map(\.idempotencyKey)).count == 40)
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$state == .sent).count() == 40)
            #expect(try await Job.query(on: app.db).filter(\.$state == .done).count() == 40)
        }
    }

    @Test(arguments: TestDB.enabled)
    func enqueueingTheSameKeyTwiceAddsOneJob(db: TestDB) async throws {
        try await withApp(db) { app in
            // act
            let first = try await JobQueue.enqueue(.sweep, JobPayload.Sweep(at: Date()), key: "k", runAt: Date(), organisationID: nil, on: app.db)
            let second = try await JobQueue.enqueue(.sweep, JobPayload.Sweep(at: Date()), key: "k", runAt: Date(), organisationID: nil, on: app.db)
            // assert
            #expect(first && !second)
            #expect(try await Job.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aFailedSendRetriesWithBackoffThenStaysFailed(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let org = try await Fixtures(app: app).organisation()
            try await Self.queueEmails(1, in: org, app: app)
            app.mailSender = RecordingMailSender(failing: true)
            var now = Date()

            // act: the first failure
            try await JobWorker(app: app).runDue(now: now, sweeping: false)

            // assert: due again 30 s (±20%) later, with the server's answer kept
            let job = try #require(try await Job.query(on: app.db).first())
            #expect(job.state == .due && job.attempts == 1)
            let wait = job.runAt.timeIntervalSince(now)
            #expect(wait >= 24 && wait <= 36)
            #expect(job.lastError?.contains("451") == true)
            #expect(try await JobWorker(app: app).runDue(now: now, sweeping: false) == 0)

            // act: every retry fails too
            for _ in 1...RetrySchedule.maxRetries {
                now = now.addingTimeInterval(4 * 3600)
                try await JobWorker(app: app).runDue(now: now, sweeping: false)
            }

            // assert
            let failed = try #require(try await Job.query(on: app.db).first())
            #expect(failed.state == .failed)
            #expect(failed.attempts == RetrySchedule.maxRetries + 1)
            #expect(try await OutboxMessage.query(on: app.db).first()?.state == .failed)
        }
    }

    @Test(arguments: TestDB.enabled)
    func withoutSMTPTheEmailStaysInTheOutbox(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let org = try await Fixtures(app: app).organisation()
            try await Self.queueEmails(1, in: org, app: app)
            // act
            try await JobWorker(app: app).runDue(now: Date(), sweeping: false)
            // assert
            let message = try #require(try await OutboxMessage.query(on: app.db).first())
            #expect(message.state == .held)
            #expect(message.sentAt == nil)
            #expect(try await Job.query(on: app.db).first()?.state == .done)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aRunDueWeeksAheadNeverTakesAJobALiveWorkerHolds(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a live worker (say, `tandem serve`) holds a job right now
            let org = try await Fixtures(app: app).organisation()
            try await Self.queueEmails(2, in: org, app: app)
            _ = try #require(try await JobClaim.next(by: "serve", now: Date(), on: app.db))
            let mailer = RecordingMailSender()
            app.mailSender = mailer
            // act: `tandem jobs run-due --now` two weeks ahead
            let ran = try await JobWorker(app: app, name: "run-due").runDue(now: Date().addingTimeInterval(14 * 86400), sweeping: false)
            // assert: it sends the other email only
            #expect(ran == 1)
            #expect(mailer.sent.count == 1)
            #expect(try await Job.query(on: app.db).filter(\.$lockedBy == "serve").count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aJobWhoseWorkerDiedIsClaimedAgainAfterItsLease(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a worker claimed the job and vanished
            let org = try await Fixtures(app: app).organisation()
            try await Self.queueEmails(1, in: org, app: app)
            let now = Date()
            _ = try #require(try await JobClaim.next(by: "dead", now: now, on: app.db))
            let mailer = RecordingMailSender()
            app.mailSender = mailer

            // act
            let during = try await JobWorker(app: app).runDue(now: now.addingTimeInterval(60), sweeping: false)
            let later = now.addingTimeInterval(JobClaim.lease + 1)
            let after = try await JobWorker(app: app).runDue(now: later, sweeping: false, leaseNow: later)

            // assert
            #expect(during == 0)
            #expect(after == 1)
            #expect(mailer.sent.count == 1)
        }
    }
}
