import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Notifications: events, bell, email, preferences")
struct NotificationFlowTests {
    struct Scene {
        let org: Organisation
        let programme: Programme
        let mentor: User
        let mentee: User
    }

    static func scene(_ app: Application) async throws -> Scene {
        let fixtures = Fixtures(app: app)
        let org = try await fixtures.organisation()
        let programme = try await fixtures.programme(in: org)
        let mentor = try await fixtures.user(in: org, name: "Maria Mentor", mentorCapacity: 3)
        let mentee = try await fixtures.user(in: org, name: "Theo Mentee")
        try await fixtures.enrol(mentor, in: programme, as: .mentor)
        try await fixtures.enrol(mentee, in: programme, as: .mentee)
        return Scene(org: org, programme: programme, mentor: mentor, mentee: mentee)
    }

    @Test(arguments: TestDB.enabled)
    func aRequestRingsTheMentorsBellAndEmailsHer(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await Self.scene(app)
            let mailer = RecordingMailSender()
            app.mailSender = mailer
            let mentee = try await Fixtures(app: app).client(signedInAs: s.mentee)

            // act: the mentee asks through the API
            let sent = try await mentee.api(.POST, "/api/v1/requests", json: [
                "programme_id": try s.programme.requireID().uuidString, "mentor_id": try s.mentor.requireID().uuidString,
                "message": "Could you help me with <b>public speaking</b>?", "hopes": "Confidence"])
            try await JobWorker(app: app).runDue(now: Date(), sweeping: false)

            // assert: one notification, one email with an unsubscribe link and escaped HTML
            #expect(sent.status == .created)
            let notes = try await AppNotification.query(on: app.db).filter(\.$userID == s.mentor.requireID()).all()
            #expect(notes.map(\.kind) == [.requestReceived])
            #expect(notes.first?.link == "/requests")
            let email = try #require(mailer.sent.first)
            #expect(mailer.sent.count == 1)
            #expect(email.toAddress == s.mentor.email)
            #expect(email.subject.contains("Theo Mentee asked you to be their mentor"))
            #expect(email.html?.contains("&lt;b&gt;public speaking&lt;/b&gt;") == true)
            #expect(email.unsubscribeURL?.contains("/unsubscribe/") == true)

            // and the bell shows it on her next page
            let mentor = try await Fixtures(app: app).client(signedInAs: s.mentor)
            let page = try await mentor.get("/")
            #expect(page.body.string.contains("Notifications, 1 unread"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func openingMarksReadAndMarkAllReadEmptiesTheBell(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await Self.scene(app)
            _ = try await Fixtures(app: app).request(from: s.mentee, to: s.mentor, in: s.programme)
            try await Notifier.deliver([
                Self.draft(s, key: "a"), Self.draft(s, key: "b"),
            ], now: Date(), settings: app.settings, on: app.db)
            let mentor = try await Fixtures(app: app).client(signedInAs: s.mentor)
            let first = try #require(try await AppNotification.query(on: app.db).filter(\.$dedupeKey == "announcement:a").first())

            // act
            let opened = try await mentor.get("/notifications/\(first.requireID())")
            let afterOpen = try await NotificationQueries.unreadCount(for: s.mentor.requireID(), on: app.db)
            let cleared = try await mentor.post("/notifications/read-all", form: [:])

            // assert
            #expect(opened.status == .seeOther || opened.status == .found)
            #expect(opened.headers.first(name: .location) == "/requests")
            #expect(afterOpen == 1)
            #expect(cleared.status == .seeOther || cleared.status == .found)
            #expect(try await NotificationQueries.unreadCount(for: s.mentor.requireID(), on: app.db) == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func oneCannotOpenAnothersNotification(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a notification of the mentor's; the mentee and someone in another organisation try it
            let s = try await Self.scene(app)
            try await Notifier.deliver([Self.draft(s, key: "x")], now: Date(), settings: app.settings, on: app.db)
            let id = try #require(try await AppNotification.query(on: app.db).first()?.requireID())
            let fixtures = Fixtures(app: app)
            let other = try await fixtures.organisation("Other")
            let stranger = try await fixtures.user(in: other, name: "Stranger")

            // act
            let byMentee = try await fixtures.client(signedInAs: s.mentee).get("/notifications/\(id)")
            let byStranger = try await fixtures.client(signedInAs: stranger).api(.GET, "/api/v1/notifications")

            // assert
            #expect(byMentee.status == .notFound)
            #expect(!byStranger.body.string.contains(id.uuidString))
            #expect(try await AppNotification.query(on: app.db).first()?.readAt == nil)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theSameEventTwiceNotifiesOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await Self.scene(app)
            // act
            let first = try await Notifier.deliver([Self.draft(s, key: "same")], now: Date(), settings: app.settings, on: app.db)
            let second = try await Notifier.deliver([Self.draft(s, key: "same")], now: Date(), settings: app.settings, on: app.db)
            // assert
            #expect(first.count == 1 && second.isEmpty)
            #expect(try await AppNotification.query(on: app.db).count() == 1)
            #expect(try await OutboxMessage.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func manyDraftsGoInBatchesAndEachKeyOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: 250 keys, one of them stored already and one twice in the batch
            let s = try await Self.scene(app)
            try await Notifier.deliver([Self.draft(s, kind: .planMessage, key: "7")], now: Date(), settings: app.settings, on: app.db)
            let drafts = (0..<250).map { Self.draft(s, kind: .planMessage, key: "\($0)") } + [Self.draft(s, kind: .planMessage, key: "42")]
            // act
            let created = try await Notifier.deliver(drafts, now: Date(), settings: app.settings, on: app.db)
            // assert
            #expect(created.count == 249)
            #expect(Set(created.map(\.dedupeKey)).count == 249 && !created.contains { $0.dedupeKey == "plan_message:7" })
            #expect(try await AppNotification.query(on: app.db).count() == 250)
        }
    }

    @Test(arguments: TestDB.enabled)
    func preferencesChooseTheChannelAndBadInputKeepsWhatWasTyped(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await Self.scene(app)
            let mentor = try await Fixtures(app: app).client(signedInAs: s.mentor)

            // act: announcements in the app only, messages off; then a forged choice
            let saved = try await mentor.post("/account/notifications", form: ["announcement": "in_app", "message": "off"])
            let bad = try await mentor.post("/account/notifications", form: ["announcement": "digest", "message": "carrier-pigeon"])
            try await Notifier.deliver([Self.draft(s, key: "quiet"), Self.draft(s, kind: .message, key: "muted")],
                                       now: Date(), settings: app.settings, on: app.db)

            // assert
            #expect(saved.status == .seeOther || saved.status == .found)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Choose one of the options offered."))
            #expect(bad.body.string.contains(#"value="digest" checked"#))
            let kinds = try await AppNotification.query(on: app.db).all().map(\.kind)
            #expect(kinds == [.announcement])
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func oneClickUnsubscribeNeedsNoSignInAndCannotBeForged(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await Self.scene(app)
            let token = UnsubscribeLink.token(userID: try s.mentor.requireID(), kind: .message, secret: app.settings.secret)
            let forged = UnsubscribeLink.token(userID: try s.mentor.requireID(), kind: .message, secret: "another-secret-0123456789abcdef0123")
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm

            // act: a mail client posts List-Unsubscribe=One-Click with no cookie
            let done = try await app.testing().sendRequest(.POST, "/unsubscribe/\(token)", headers: headers,
                                                            body: ByteBuffer(string: "List-Unsubscribe=One-Click"))
            let refused = try await app.testing().sendRequest(.POST, "/unsubscribe/\(forged)", headers: headers,
                                                               body: ByteBuffer(string: "List-Unsubscribe=One-Click"))

            // assert
            #expect(done.status == .ok)
            #expect(refused.status == .notFound)
            let choices = try await NotificationPreferenceQueries.choices(of: [s.mentor.requireID()], on: app.db)
            #expect(choices[try s.mentor.requireID()]?[.message] == .inAppOnly)
        }
    }

    static func draft(_ s: Scene, kind: NotificationKind = .announcement, key: String) -> NotificationDraft {
        NotificationDraft(organisationID: s.org.id!, userID: s.mentor.id!, kind: kind, title: "Hello", body: "Body",
                          link: "/requests", dedupeKey: "\(kind.rawValue):\(key)")
    }
}
