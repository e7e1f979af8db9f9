import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Invitations: invite, join, revoke, resend")
struct InvitationTests {
    /// The path of the link shown once on the invitations page.
    static func linkPath(_ response: TestingHTTPResponse) throws -> String {
        let link = try #require(TestClient.firstMatch(in: response.body.string, pattern: #"<code id="invitation-link">([^<]+)</code>"#))
        return try #require(URLComponents(string: link)?.path)
    }

    @Test(arguments: TestDB.enabled)
    func adminInvitesAndTheLinkIsShownQueuedAndAudited(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let browser = try await fixtures.client(signedInAs: admin)
            // act
            let response = try await browser.post("/admin/invitations", form: ["email": " New.Person@Example.com ", "role": "participant"])
            // assert
            #expect(response.status == .ok)
            let path = try Self.linkPath(response)
            #expect(path.hasPrefix("/invitations/"))
            let invitation = try #require(try await Invitation.query(on: app.db).first())
            #expect(invitation.email == "new.person@example.com")
            #expect(invitation.organisationID == org.id)
            let outbox = try await OutboxMessage.query(on: app.db).all()
            #expect(outbox.map(\.toEmail) == ["new.person@example.com"])
            #expect(outbox.first?.body.contains(path) == true)
            #expect(try await fixtures.auditCount("invitation.created") == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func badEmailAndExistingMemberAreRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let member = try await fixtures.user(in: org, name: "Mem Ber")
            let browser = try await fixtures.client(signedInAs: admin)
            // act
            let bad = try await browser.post("/admin/invitations", form: ["email": "not-an-email", "role": "participant"])
            let existing = try await browser.post("/admin/invitations", form: ["email": member.email.uppercased(), "role": "participant"])
            // assert
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Enter an email address like name@example.com."))
            #expect(bad.body.string.contains("value=\"not-an-email\""))
            #expect(existing.status == .unprocessableEntity)
            #expect(existing.body.string.contains("already has an account in your organisation."))
            #expect(try await Invitation.query(on: app.db).count() == 0)
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func participantCannotInvite(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat Participant")
            let browser = try await fixtures.client(signedInAs: person)
            // act
            let page = try await browser.get("/admin/invitations")
            let post = try await browser.post("/admin/invitations", form: ["email": "x@example.com", "role": "admin"])
            // assert
            #expect(page.status == .forbidden)
            #expect(post.status == .forbidden)
            #expect(try await Invitation.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func invitedPersonJoinsOnceAndIsSignedIn(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation("Globex")
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let created = try await fixtures.client(signedInAs: admin)
                .post("/admin/invitations", form: ["email": "joiner@example.com", "role": "admin"])
            let path = try Self.linkPath(created)
            let newcomer = TestClient(app)
            // act
            let form = try await newcomer.get(path)
            let joined = try await newcomer.post(path, form: ["name": "Jo Joiner", "password": "a-long-password"])
            let reuse = try await TestClient(app).get(path)
            let repost = try await TestClient(app).post(path, form: ["name": "Eve", "password": "another-long-password"])
            // assert
            #expect(form.status == .ok)
            #expect(form.body.string.contains("Join Globex on Tandem"))
            #expect(form.body.string.contains("joiner@example.com"))
            #expect(joined.status == .seeOther)
            #expect(newcomer.cookies[TandemSessionMiddleware.cookieName] != nil)
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "joiner@example.com").first())
            #expect(user.organisationID == org.id)
            #expect(user.role == .admin)
            #expect(user.name == "Jo Joiner")
            let me = try await newcomer.api(.GET, "/api/v1/me").json(MeAPI.MeResponse.self)
            #expect(me.email == "joiner@example.com")
            #expect(try await Invitation.query(on: app.db).first()?.acceptedAt != nil)
            #expect(reuse.status == .gone)
            #expect(repost.status == .gone)
            #expect(try await User.query(on: app.db).count() == 2)
        }
    }

    @Test(arguments: TestDB.enabled)
    func joinWithShortPasswordKeepsTheName(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let created = try await fixtures.client(signedInAs: admin)
                .post("/admin/invitations", form: ["email": "joiner@example.com", "role": "participant"])
            let path = try Self.linkPath(created)
            // act
            let response = try await TestClient(app).post(path, form: ["name": "Jo Joiner", "password": "short"])
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("value=\"Jo Joiner\""))
            #expect(try await Invitation.query(on: app.db).first()?.acceptedAt == nil)
            #expect(try await User.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func revokedLinkIsGone(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let browser = try await fixtures.client(signedInAs: admin)
            let path = try Self.linkPath(try await browser.post("/admin/invitations", form: ["email": "a@example.com", "role": "participant"]))
            let invitation = try #require(try await Invitation.query(on: app.db).first())
            // act
            let revoke = try await browser.post("/admin/invitations/\(invitation.id!)/revoke", form: [:])
            let visit = try await TestClient(app).get(path)
            // assert
            #expect(revoke.status == .seeOther)
            #expect(try await Invitation.find(invitation.id, on: app.db)?.revokedAt != nil)
            #expect(visit.status == .gone)
            #expect(try await fixtures.auditCount("invitation.revoked") == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func resendGivesANewLinkAndRetiresTheOld(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let browser = try await fixtures.client(signedInAs: admin)
            let oldPath = try Self.linkPath(try await browser.post("/admin/invitations", form: ["email": "a@example.com", "role": "participant"]))
            let invitation = try #require(try await Invitation.query(on: app.db).first())
            // act
            let resent = try await browser.post("/admin/invitations/\(invitation.id!)/resend", form: [:])
            let newPath = try Self.linkPath(resent)
            let old = try await TestClient(app).get(oldPath)
            let new = try await TestClient(app).get(newPath)
            // assert
            #expect(newPath != oldPath)
            #expect([.notFound, .gone].contains(old.status))
            #expect(new.status == .ok)
            #expect(try await OutboxMessage.query(on: app.db).count() == 2)
        }
    }
}
