import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("The audit log: read, filtered and exported by admins only")
struct AuditLogTests {
    struct Entry: Decodable { let action: String; let actor_name: String; let ip: String?; let details: String }
    struct Page: Decodable { let items: [Entry]; let next_cursor: String? }

    @Test(arguments: TestDB.enabled)
    func adminsFilterTheLogAndExportItSafely(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: the admin changes a role through the page (audited, with the address); an entry with a formula
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let admin = try await fixtures.client(signedInAs: scene.admin)
            try await Audit.record("test.formula", organisationID: scene.org.requireID(), actorID: scene.mentor.id,
                                   target: "user", targetID: scene.mentor.id, details: "=HYPERLINK(\"http://x\")", on: app.db)
            let created = try await admin.api(.POST, "/api/v1/programmes", json: [
                "name": "Audited", "description": "", "type": "one_to_one", "mode": "informal", "default_capacity": "2"])

            // act
            let all = try await admin.api(.GET, "/api/v1/audit").content.decode(Page.self)
            let byAction = try await admin.api(.GET, "/api/v1/audit?action=test.formula").content.decode(Page.self)
            let byPerson = try await admin.api(.GET, "/api/v1/audit?person=\(scene.mentor.email.uppercased())").content.decode(Page.self)
            let page = try await admin.get("/admin/audit?action=programme.created")
            let csv = try await admin.get("/admin/audit.csv?action=test.formula")

            // assert
            #expect(created.status == .created || created.status == .ok)
            #expect(all.items.first?.action == "programme.created")
            #expect(all.items.first?.actor_name == "Ada Admin")
            #expect(all.items.first?.ip?.isEmpty == false)
            #expect(byAction.items.map(\.action) == ["test.formula"])
            #expect(byPerson.items.map(\.action) == ["test.formula"])
            #expect(page.status == .ok && page.body.string.contains("<code>programme.created</code>"))
            #expect(!page.body.string.contains("<code>test.formula</code>"))
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(csv.body.string.hasPrefix("\u{FEFF}when_utc,who,email,action"))
            #expect(csv.body.string.contains(",test.formula,user,"))
            #expect(csv.body.string.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
            #expect(try await fixtures.auditCount("audit.exported") == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func signInsAndFailedSignInsAreAudited(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            // act: one wrong password, then the right one; and a wrong one for an address nobody has
            let wrong = try await TestClient(app).post("/sign-in", form: ["email": scene.mentor.email, "password": "not-the-password"])
            _ = try await TestClient(app).post("/sign-in", form: ["email": "nobody@example.com", "password": "not-the-password"])
            _ = try await fixtures.client(signedInAs: scene.mentor)
            await app.backgroundTasks.drain()
            // assert
            #expect(wrong.status == .unprocessableEntity)
            let failed = try await AuditEntry.query(on: app.db).filter(\.$action == "sign_in.failed").all()
            #expect(failed.map(\.targetID) == [scene.mentor.id])
            #expect(failed.first?.actorID == nil)
            let succeeded = try await AuditEntry.query(on: app.db).filter(\.$action == "sign_in.succeeded").all()
            #expect(succeeded.map(\.actorID) == [scene.mentor.id])
        }
    }

    @Test(arguments: TestDB.enabled)
    func badFiltersAnswer422AndKeepWhatWasTyped(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let admin = try await fixtures.client(signedInAs: scene.admin)
            // act
            let api = try await admin.api(.GET, "/api/v1/audit?from=nan&person=nobody@example.com")
            let page = try await admin.get("/admin/audit?from=2026-12-05&to=2026-12-01")
            let forged = try await admin.api(.GET, "/api/v1/audit?cursor=forged")
            // assert
            #expect(api.status == .unprocessableEntity)
            #expect(api.body.string.contains("\"field\":\"from\""))
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains("The last day comes before the first day."))
            #expect(page.body.string.contains("value=\"2026-12-05\""))
            #expect(forged.status == .badRequest)
        }
    }

    @Test(arguments: TestDB.enabled)
    func participantsGet403AndOrganisationsNeverSeeEachOthersEntries(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let other = try await fixtures.organisation("Other")
            let otherAdmin = try await fixtures.user(in: other, name: "Olga Admin", role: .admin)
            try await Audit.record("test.secret", organisationID: scene.org.requireID(), actorID: scene.admin.id,
                                   target: "user", targetID: nil, on: app.db)
            // act
            let participant = try await fixtures.client(signedInAs: scene.mentor).api(.GET, "/api/v1/audit")
            let participantPage = try await fixtures.client(signedInAs: scene.mentor).get("/admin/audit")
            let outsider = try await fixtures.client(signedInAs: otherAdmin).api(.GET, "/api/v1/audit").content.decode(Page.self)
            let probe = try await fixtures.client(signedInAs: otherAdmin).api(.GET, "/api/v1/audit?person=\(scene.admin.email)")
            // assert
            #expect(participant.status == .forbidden)
            #expect(participantPage.status == .forbidden)
            #expect(!outsider.items.contains { $0.action == "test.secret" })
            #expect(probe.status == .unprocessableEntity)
        }
    }
}
