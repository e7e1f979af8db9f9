import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Admin people: roles, managers, deactivation")
struct AdminPeopleTests {
    @Test(arguments: TestDB.enabled)
    func peoplePageListsEveryoneInTheOrganisationOnly(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            _ = try await fixtures.user(in: org, name: "Bea Brown", department: "Sales")
            _ = try await fixtures.user(in: try await fixtures.organisation("Other"), name: "Sam Stranger")
            let browser = try await fixtures.client(signedInAs: admin)
            // act
            let page = try await browser.get("/admin/people")
            let asParticipant = try await fixtures.client(signedInAs: try await fixtures.user(in: org, name: "Pat P")).get("/admin/people")
            // assert
            #expect(page.status == .ok)
            #expect(page.body.string.contains(">Ada Admin</a>"))
            #expect(page.body.string.contains(">Bea Brown</a>"))
            #expect(page.body.string.contains("<td>Sales</td>"))
            #expect(!page.body.string.contains("Sam Stranger"))
            #expect(asParticipant.status == .forbidden)
        }
    }

    @Test(arguments: TestDB.enabled)
    func adminChangesRoleAndManager(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let person = try await fixtures.user(in: org, name: "Bea Brown")
            let boss = try await fixtures.user(in: org, name: "Bo Boss")
            let browser = try await fixtures.client(signedInAs: admin)
            // act
            let response = try await browser.post("/admin/people/\(person.id!)", form: [
                "role": "admin", "manager_id": boss.id!.uuidString, "is_active": "on",
            ])
            // assert
            #expect(response.status == .seeOther)
            let stored = try #require(try await User.find(person.id, on: app.db))
            #expect(stored.role == .admin)
            #expect(stored.managerID == boss.id)
            #expect(stored.isActive)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "user.role_changed").all()
            #expect(audit.map(\.targetID) == [person.id])
            #expect(try await fixtures.auditCount("user.manager_changed") == 1)
            let list = try await browser.get("/admin/people")
            #expect(list.body.string.contains("<td>Bo Boss</td>"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func managerFromAnotherOrganisationIsRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let person = try await fixtures.user(in: org, name: "Bea Brown")
            let stranger = try await fixtures.user(in: try await fixtures.organisation("Other"), name: "Sam Stranger")
            // act
            let response = try await fixtures.client(signedInAs: admin).post("/admin/people/\(person.id!)", form: [
                "role": "participant", "manager_id": stranger.id!.uuidString, "is_active": "on",
            ])
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Choose a manager from your organisation."))
            #expect(try await User.find(person.id, on: app.db)?.managerID == nil)
        }
    }

    @Test(arguments: TestDB.enabled)
    func deactivationEndsSessionsAndBlocksSignIn(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let person = try await fixtures.user(in: org, name: "Bea Brown")
            let personBrowser = try await fixtures.client(signedInAs: person)
            #expect(try await UserSession.query(on: app.db).filter(\.$userID == person.id!).count() == 1)
            // act
            let response = try await fixtures.client(signedInAs: admin)
                .post("/admin/people/\(person.id!)", form: ["role": "participant"])
            // assert
            #expect(response.status == .seeOther)
            #expect(try await User.find(person.id, on: app.db)?.isActive == false)
            #expect(try await UserSession.query(on: app.db).filter(\.$userID == person.id!).count() == 0)
            #expect(try await personBrowser.api(.GET, "/api/v1/me").status == .unauthorized)
            let signIn = try await TestClient(app).post("/sign-in", form: ["email": person.email, "password": Fixtures.password])
            #expect(signIn.status != .seeOther)
            #expect(try await fixtures.auditCount("user.deactivated") == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func adminCannotDemoteOrDeactivateThemselves(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let browser = try await fixtures.client(signedInAs: admin)
            // act
            let demote = try await browser.post("/admin/people/\(admin.id!)", form: ["role": "participant", "is_active": "on"])
            let deactivate = try await browser.post("/admin/people/\(admin.id!)", form: ["role": "admin"])
            // assert
            #expect(demote.status == .unprocessableEntity)
            #expect(demote.body.string.contains("You cannot remove your own admin role or deactivate yourself."))
            #expect(deactivate.status == .unprocessableEntity)
            let stored = try #require(try await User.find(admin.id, on: app.db))
            #expect(stored.role == .admin)
            #expect(stored.isActive)
            #expect(try await fixtures.auditCount("user.role_changed") == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func anotherOrganisationsPersonIsNotFound(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let stranger = try await fixtures.user(in: try await fixtures.organisation("Other"), name: "Sam Stranger")
            // act
            let response = try await fixtures.client(signedInAs: admin)
                .post("/admin/people/\(stranger.id!)", form: ["role": "admin", "is_active": "on"])
            // assert
            #expect(response.status == .notFound)
            #expect(try await User.find(stranger.id, on: app.db)?.role == .participant)
        }
    }
}
