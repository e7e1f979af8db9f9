import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Announcements: to a programme audience, now or later")
struct AnnouncementTests {
    @Test(arguments: TestDB.enabled)
    func anAnnouncementReachesItsAudienceOnceWithEscapedHTML(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a mentor and a mentee enrolled; the admin writes to mentees only
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let mailer = RecordingMailSender()
            app.mailSender = mailer
            let admin = try await fixtures.client(signedInAs: scene.admin)

            // act
            let sent = try await admin.post("/programmes/\(scene.programmeID)/announcements", form: [
                "subject": "Kick-off for {{programme}}", "body": "Hi {{first_name}}, bring <questions>!",
                "audience": "mentees", "channels[]": "email"])
            // the pass it kicked sends the announcement; a pass of our own sends its email
            await app.backgroundTasks.drain()
            try await JobWorker(app: app).runDue(now: Date().addingTimeInterval(1), sweeping: false)

            // assert
            #expect(sent.status == .seeOther || sent.status == .found)
            let notes = try await AppNotification.query(on: app.db).filter(\.$kind == .announcement).all()
            #expect(notes.map(\.userID) == [scene.menteeID])
            #expect(notes.first?.title == "Kick-off for \(scene.programme.name)")
            #expect(notes.first?.body == "Hi Tom, bring <questions>!")
            #expect(mailer.sent.count == 1)
            #expect(mailer.sent.first?.html?.contains("bring &lt;questions&gt;!") == true)
            let stored = try #require(try await Announcement.query(on: app.db).first())
            #expect(stored.state == .sent && stored.recipients == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aScheduledAnnouncementWaitsForItsTimeAndBadInputKeepsWhatWasTyped(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let admin = try await fixtures.client(signedInAs: scene.admin)
            let tomorrow = LocalDate(date: Date().addingTimeInterval(86400), in: .gmt)

            // act
            let bad = try await admin.post("/programmes/\(scene.programmeID)/announcements", form: [
                "subject": "Hello {{nickname}}", "body": "Typed text stays", "audience": "everyone", "channels[]": "in_app"])
            let later = try await admin.post("/programmes/\(scene.programmeID)/announcements", form: [
                "subject": "Tomorrow", "body": "See you", "audience": "everyone", "channels[]": "in_app",
                "send_date": tomorrow.iso, "send_time": "09:00"])
            try await JobWorker(app: app).runDue(now: Date(), sweeping: false)
            let before = try await AppNotification.query(on: app.db).count()
            try await JobWorker(app: app).runDue(now: tomorrow.startInstant(in: .gmt).addingTimeInterval(9 * 3600 + 60), sweeping: false)

            // assert
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Unknown placeholder {{nickname}}"))
            #expect(bad.body.string.contains("Typed text stays"))
            #expect(later.status == .seeOther || later.status == .found)
            #expect(before == 0)
            #expect(try await AppNotification.query(on: app.db).count() == 2)
        }
    }

    @Test(arguments: TestDB.enabled)
    func participantsAndOtherOrganisationsCannotAnnounce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let other = try await fixtures.organisation("Other")
            let otherAdmin = try await fixtures.user(in: other, name: "Olga Admin", role: .admin)
            let form = ["subject": "Hi", "body": "There", "audience": "everyone", "channels[]": "in_app"]
            // act
            let participant = try await fixtures.client(signedInAs: scene.mentee).post("/programmes/\(scene.programmeID)/announcements", form: form)
            let foreign = try await fixtures.client(signedInAs: otherAdmin).api(.POST, "/api/v1/programmes/\(scene.programmeID)/announcements",
                                                                                 json: ["subject": "Hi", "body": "There"])
            // assert
            #expect(participant.status == .forbidden)
            #expect(foreign.status == .notFound)
            #expect(try await Announcement.query(on: app.db).count() == 0)
        }
    }
}
