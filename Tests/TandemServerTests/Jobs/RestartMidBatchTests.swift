import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Jobs: a restart in the middle of a batch")
struct RestartMidBatchTests {
    @Test(arguments: TestDB.enabled)
    func anInstanceThatDiesMidBatchLosesNothingAndSendsNothingTwice(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: an announcement by email to 11 mentees, scheduled for tomorrow at 09:00
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            for i in 1...10 {
                try await fixtures.enrol(try await fixtures.user(in: scene.org, name: "Mentee \(i)"), in: scene.programme, as: .mentee)
            }
            let tomorrow = LocalDate(date: Date().addingTimeInterval(86400), in: .gmt)
            let posted = try await fixtures.client(signedInAs: scene.admin).post("/programmes/\(scene.programmeID)/announcements", form: [
                "subject": "Kick-off", "body": "See you there", "audience": "mentees", "channels[]": "email",
                "send_date": tomorrow.iso, "send_time": "09:00"])
            #expect(posted.status == .seeOther)
            let mailer = RecordingMailSender()
            app.mailSender = mailer
            let at = tomorrow.startInstant(in: .gmt).addingTimeInterval(9 * 3600 + 60)

            // act: instance A sends the announcement and five of its emails, claims a sixth and dies
            try await JobWorker(app: app, name: "a").runDue(now: at, sweeping: false, limit: 6)
            _ = try #require(try await JobClaim.next(by: "a", now: at, on: app.db))
            // …and the announcement's own "sent" was never recorded (the window between delivering and recording)
            let announcement = try #require(try await Announcement.query(on: app.db).first())
            announcement.state = .scheduled
            try await announcement.save(on: app.db)
            try await Job.query(on: app.db).filter(\.$kind == .sendAnnouncement).set(\.$state, to: .due)
                .set(\.$lockedBy, to: "a").set(\.$lockedUntil, to: at.addingTimeInterval(JobClaim.lease)).update()
            let sentBeforeRestart = mailer.sent.count
            // instance B starts a minute later, and again once A's lease has run out
            let b = JobWorker(app: app, name: "b")
            let afterRestart = try await b.runDue(now: at.addingTimeInterval(60), sweeping: false)
            let sentBeforeLease = mailer.sent.count
            let leaseOver = at.addingTimeInterval(JobClaim.lease + 120)
            let afterLease = try await b.runDue(now: leaseOver, sweeping: false, leaseNow: leaseOver)

            // assert: eleven people, one email and one notification each; what A held waited for its lease,
            // and the announcement, run again, added nothing
            #expect(sentBeforeRestart == 5)
            #expect(afterRestart == 5 && sentBeforeLease == 10)
            #expect(afterLease == 2)
            #expect(mailer.sent.count == 11)
            #expect(Set(mailer.sent.map(\.toAddress)).count == 11)
            #expect(try await AppNotification.query(on: app.db).filter(\.$kind == .announcement).count() == 11)
            #expect(try await OutboxMessage.query(on: app.db).count() == 11)
            #expect(try await Job.query(on: app.db).filter(\.$state != .done).count() == 0)
            let stored = try #require(try await Announcement.query(on: app.db).first())
            #expect(stored.state == .sent && stored.recipients == 11)
        }
    }
}
