import Fluent
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Private concerns")
struct ConcernTests {
    @Test(arguments: TestDB.enabled)
    func memberRaisesAConcernOnlyAdminsSee(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: Ann mentors Bob
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let programme = try await fixtures.programme(in: org)
            let ann = try await fixtures.user(in: org, name: "Ann Mentor")
            let bob = try await fixtures.user(in: org, name: "Bob Mentee")
            try await fixtures.enrol(ann, in: programme, as: .mentor)
            try await fixtures.enrol(bob, in: programme, as: .mentee)
            let request = try await fixtures.request(from: bob, to: ann, in: programme)
            request.$programme.value = programme
            let relationshipID = try await RequestService.pair(request, on: app.db)
            let bobBrowser = try await fixtures.client(signedInAs: bob)
            // act
            let empty = try await bobBrowser.post("/relationships/\(relationshipID)/concerns", form: ["concern": "  "])
            let raised = try await bobBrowser.post("/relationships/\(relationshipID)/concerns", form: ["concern": "We keep missing meetings"])
            // assert
            #expect(empty.status == .unprocessableEntity)
            #expect(raised.status == .seeOther)
            let annView = try await fixtures.client(signedInAs: ann).get("/relationships/\(relationshipID)")
            #expect(!annView.body.string.contains("We keep missing meetings"))
            let adminBrowser = try await fixtures.client(signedInAs: admin)
            let list = try await adminBrowser.get("/admin/concerns")
            #expect(list.body.string.contains("We keep missing meetings"))
            #expect(list.body.string.contains("Bob Mentee"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "concern.raised").count() == 1)
            let concern = try #require(try await Concern.query(on: app.db).first())
            try await adminBrowser.post("/admin/concerns/\(try concern.requireID())/resolve", form: [:])
            #expect(try await Concern.query(on: app.db).first()?.resolvedAt != nil)
            #expect(try await bobBrowser.get("/admin/concerns").status == .forbidden)
        }
    }

    @Test(arguments: TestDB.enabled)
    func nonMembersCannotRaiseConcerns(db: TestDB) async throws {
        try await withApp(db) { app in
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let programme = try await fixtures.programme(in: org)
            let ann = try await fixtures.user(in: org, name: "Ann")
            let bob = try await fixtures.user(in: org, name: "Bob")
            let eve = try await fixtures.user(in: org, name: "Eve")
            try await fixtures.enrol(ann, in: programme, as: .mentor)
            try await fixtures.enrol(bob, in: programme, as: .mentee)
            let request = try await fixtures.request(from: bob, to: ann, in: programme)
            request.$programme.value = programme
            let relationshipID = try await RequestService.pair(request, on: app.db)
            let response = try await fixtures.client(signedInAs: eve).post("/relationships/\(relationshipID)/concerns", form: ["concern": "Spam"])
            #expect(response.status == .notFound)
            #expect(try await Concern.query(on: app.db).count() == 0)
        }
    }
}
