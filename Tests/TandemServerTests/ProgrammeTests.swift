import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Programme pages: create, edit, archive")
struct ProgrammeTests {
    static let validForm = [
        "name": "Open mentoring", "description": "Learn from each other", "type": "one_to_one",
        "mode": "informal", "default_capacity": "3", "questions": "What do you want to learn?",
    ]

    @Test(arguments: TestDB.enabled)
    func adminCreatesProgrammeAndSeesItsPage(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let browser = try await fixtures.client(signedInAs: admin)
            // act
            let response = try await browser.post("/programmes", form: Self.validForm)
            // assert
            #expect(response.status == .seeOther)
            let id = try #require(response.locationID)
            #expect(response.location.hasPrefix("/programmes/\(id)"))
            let stored = try #require(try await Programme.find(id, on: app.db))
            #expect(stored.name == "Open mentoring")
            #expect(stored.defaultCapacity == 3)
            #expect(stored.organisationID == org.id)
            let page = try await browser.get("/programmes/\(id)")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("<h1>Open mentoring</h1>"))
            #expect(page.body.string.contains("Learn from each other"))
            #expect(page.body.string.contains("What do you want to learn?"))
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "programme.created").all()
            #expect(audit.map(\.targetID) == [id])
            #expect(audit.first?.actorID == admin.id)
        }
    }

    @Test(arguments: TestDB.enabled)
    func emptyNameReRendersWithMessageAndKeepsDescription(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let browser = try await fixtures.client(signedInAs: admin)
            var form = Self.validForm
            form["name"] = "   "
            form["description"] = "Typed with care"
            // act
            let response = try await browser.post("/programmes", form: form)
            // assert
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Enter a name."))
            #expect(html.contains(">Typed with care</textarea>"))
            #expect(html.contains("id=\"name-error\""))
            #expect(try await Programme.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func formalProgrammeWithDatesOutOfOrderIsRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let browser = try await fixtures.client(signedInAs: admin)
            var form = Self.validForm
            form["mode"] = "formal"
            form["enrolment_starts"] = "2031-03-01"
            form["matching_starts"] = "2031-02-01"
            form["active_starts"] = "2031-04-01"
            form["closing_starts"] = "2031-05-01"
            form["ends_on"] = "2031-05-01"
            // act
            let response = try await browser.post("/programmes", form: form)
            // assert
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("id=\"matching_starts-error\""))
            #expect(html.contains("Choose a date on or after the enrolment start date."))
            #expect(html.contains("id=\"ends_on-error\""))
            #expect(html.contains("Choose a date after the closing date."))
            #expect(html.contains("value=\"2031-02-01\""))
            #expect(try await Programme.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func participantCannotCreateProgrammes(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat Participant")
            let browser = try await fixtures.client(signedInAs: person)
            // act
            let form = try await browser.get("/programmes/new")
            let post = try await browser.post("/programmes", form: Self.validForm)
            // assert
            #expect(form.status == .forbidden)
            #expect(post.status == .forbidden)
            #expect(try await Programme.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func adminEditsProgramme(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let programme = try await fixtures.programme(in: org, name: "Old name")
            let browser = try await fixtures.client(signedInAs: admin)
            var form = Self.validForm
            form["name"] = "New name"
            form["default_capacity"] = "5"
            // act
            let response = try await browser.post("/programmes/\(programme.id!)", form: form)
            // assert
            #expect(response.status == .seeOther)
            #expect(response.location.hasPrefix("/programmes/\(programme.id!)"))
            let stored = try #require(try await Programme.find(programme.id, on: app.db))
            #expect(stored.name == "New name")
            #expect(stored.defaultCapacity == 5)
            #expect(try await fixtures.auditCount("programme.updated") == 1)
            let edit = try await browser.get("/programmes/\(programme.id!)/edit")
            #expect(edit.body.string.contains("value=\"New name\""))
        }
    }

    @Test(arguments: TestDB.enabled)
    func participantCannotEditOrArchive(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat Participant")
            let programme = try await fixtures.programme(in: org, name: "Keep me")
            let browser = try await fixtures.client(signedInAs: person)
            // act
            let edit = try await browser.post("/programmes/\(programme.id!)", form: Self.validForm)
            let archive = try await browser.post("/programmes/\(programme.id!)/archive", form: [:])
            // assert
            #expect(edit.status == .forbidden)
            #expect(archive.status == .forbidden)
            let stored = try #require(try await Programme.find(programme.id, on: app.db))
            #expect(stored.name == "Keep me")
            #expect(stored.archivedAt == nil)
        }
    }

    @Test(arguments: TestDB.enabled)
    func archiveIsAuditedAndRefusesEnrolment(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let person = try await fixtures.user(in: org, name: "Pat Participant")
            let programme = try await fixtures.programme(in: org)
            let adminBrowser = try await fixtures.client(signedInAs: admin)
            // act
            let archive = try await adminBrowser.post("/programmes/\(programme.id!)/archive", form: [:])
            let enrol = try await fixtures.client(signedInAs: person)
                .post("/programmes/\(programme.id!)/enrolments", form: ["role": "mentee"])
            // assert
            #expect(archive.status == .seeOther)
            #expect(try await Programme.find(programme.id, on: app.db)?.archivedAt != nil)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "programme.archived").all()
            #expect(audit.map(\.targetID) == [programme.id])
            #expect(enrol.status == .conflict)
            #expect(enrol.body.string.contains("Enrolment for this programme is not open right now."))
            #expect(try await Enrolment.query(on: app.db).count() == 0)
            let page = try await adminBrowser.get("/programmes/\(programme.id!)")
            #expect(page.body.string.contains("This programme is archived."))
        }
    }
}
