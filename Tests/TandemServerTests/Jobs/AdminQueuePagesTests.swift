import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Jobs and outbox pages for admins")
struct AdminQueuePagesTests {
    @Test(arguments: TestDB.enabled)
    func aFailedJobShowsItsErrorAndCanBeRetried(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: an email whose every try failed
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            try await JobClaimTests.queueEmails(1, in: org, app: app)
            app.mailSender = RecordingMailSender(failing: true)
            var now = Date()
            for _ in 0...RetrySchedule.maxRetries {
                try await JobWorker(app: app).runDue(now: now, sweeping: false)
                now = now.addingTimeInterval(4 * 3600)
            }
            let browser = try await fixtures.client(signedInAs: admin)
            let job = try #require(try await Job.query(on: app.db).first())

            // act
            let page = try await browser.get("/admin/jobs")
            let retried = try await browser.post("/admin/jobs/\(job.requireID())/retry", form: [:])
            let again = try await browser.post("/admin/jobs/\(job.requireID())/retry", form: [:])

            // assert
            #expect(page.status == .ok)
            #expect(page.body.string.contains("451 4.3.0 try again later"))
            #expect(page.body.string.contains("Retry now"))
            #expect(retried.status == .seeOther || retried.status == .found)
            #expect(again.status == .conflict)
            let reset = try #require(try await Job.query(on: app.db).first())
            #expect(reset.state == .due && reset.attempts == 0)
            #expect(try await OutboxMessage.query(on: app.db).first()?.state == .queued)
            #expect(try await fixtures.auditCount("job.retried") == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func anotherOrganisationsJobIsNotFoundAndParticipantsAreRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let other = try await fixtures.organisation("Other")
            let otherAdmin = try await fixtures.user(in: other, name: "Olga Admin", role: .admin)
            let participant = try await fixtures.user(in: org, name: "Pat Participant")
            try await JobClaimTests.queueEmails(1, in: org, app: app)
            try await Job.query(on: app.db).set(\.$state, to: .failed).update()
            let id = try #require(try await Job.query(on: app.db).first()?.requireID())

            // act
            let foreign = try await fixtures.client(signedInAs: otherAdmin).post("/admin/jobs/\(id)/retry", form: [:])
            let foreignPage = try await fixtures.client(signedInAs: otherAdmin).get("/admin/outbox")
            let refused = try await fixtures.client(signedInAs: participant).get("/admin/jobs")

            // assert
            #expect(foreign.status == .notFound)
            #expect(!foreignPage.body.string.contains("Hello 0"))
            #expect(refused.status == .forbidden)
            #expect(try await Job.query(on: app.db).first()?.state == .failed)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theOutboxHidesSecretLinksFromAdmins(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: someone asks for a password reset
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let member = try await fixtures.user(in: org, name: "Mo Member")
            let poster = try await FormPoster.make(app)
            _ = try await poster.post("/forgot-password", form: ["email": member.email])
            let stored = try #require(try await OutboxMessage.query(on: app.db).first())

            // act
            let page = try await fixtures.client(signedInAs: admin).get("/admin/outbox")

            // assert: the email is listed, its link is not
            #expect(stored.isSecret)
            #expect(stored.body.contains("/reset-password/"))
            #expect(page.body.string.contains("Reset your Tandem password"))
            #expect(!page.body.string.contains("/reset-password/"))
            #expect(page.body.string.contains("link hidden"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func theTestEmailReportsWhatTheServerAnswered(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let browser = try await fixtures.client(signedInAs: admin)

            // act: first without SMTP, then with a server that accepts, then one that refuses
            let unset = try await browser.post("/admin/outbox/test", form: [:])
            let mailer = RecordingMailSender()
            app.mailSender = mailer
            let accepted = try await browser.post("/admin/outbox/test", form: [:])
            mailer.failing = true
            let refused = try await browser.post("/admin/outbox/test", form: [:])

            // assert
            #expect(unset.body.string.contains("SMTP_URL is not set"))
            #expect(accepted.body.string.contains("250 2.0.0 queued"))
            #expect(refused.body.string.contains("451 4.3.0 try again later"))
            #expect(mailer.sent.map(\.toAddress) == [admin.email])
            #expect(try await OutboxMessage.query(on: app.db).count() == 3)
        }
    }
}
