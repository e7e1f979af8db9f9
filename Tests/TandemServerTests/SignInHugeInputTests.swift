import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import TandemServer

/// Six characters, about 10 KB: a limit in characters alone lets it into index keys.
private let stackedEmail = "a" + String(repeating: "\u{0301}", count: 5_000) + "@x.io"
private let stackedName = "A" + String(repeating: "\u{0301}", count: 5_000)

@Suite("Sign-in, reset, sign-up and join refuse kilobyte emails and names with a 4xx")
struct SignInHugeInputTests {
    @Test(arguments: TestDB.enabled)
    func signInAndForgotPasswordAnswer422(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange
            let poster = try await FormPoster.make(app)
            // act
            let signIn = try await poster.signIn(stackedEmail, "guess")
            let forgot = try await poster.post("/forgot-password", form: ["email": stackedEmail]).status
            // assert
            #expect(signIn == .unprocessableEntity)
            #expect(forgot == .unprocessableEntity)
            #expect(try await SignInCounter.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func signUpRefusesTheEmailAndTheName(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: no organisation yet, so sign-up is open
            let browser = TestClient(app)
            let base = ["organisation_name": "Acme", "name": "Ada", "email": "ada@example.com",
                        "password": "a long enough password", "time_zone": "UTC"]
            // act
            var hugeEmail = base; hugeEmail["email"] = stackedEmail
            var hugeName = base; hugeName["name"] = stackedName
            var hugeOrg = base; hugeOrg["organisation_name"] = stackedName
            let statuses = [
                try await browser.post("/sign-up", form: hugeEmail).status,
                try await browser.post("/sign-up", form: hugeName).status,
                try await browser.post("/sign-up", form: hugeOrg).status,
            ]
            // assert
            #expect(statuses == [.unprocessableEntity, .unprocessableEntity, .unprocessableEntity])
            #expect(try await User.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func joinRefusesTheName(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: an admin invites someone
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let adminBrowser = try await fixtures.client(signedInAs: admin)
            let invited = try await adminBrowser.post("/admin/invitations", form: ["email": "new@example.com", "role": "participant"])
            let path = try InvitationTests.linkPath(invited)
            // act
            let response = try await TestClient(app).post(path, form: ["name": stackedName, "password": "a long enough password"])
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Emoji and some other symbols count as several characters."))
            #expect(try await User.query(on: app.db).filter(\.$email == "new@example.com").count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled.filter { $0 == .postgres })
    func anOversizedIndexEntryIsTheClientsFault(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: ~12 KB of random text, which no compression brings under PostgreSQL's index entry limit
            let random = String((0..<12_000).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement()! })
            let sql = app.db as! any SQLDatabase
            // act
            var caught: (any Error)?
            do {
                try await sql.raw("""
                    INSERT INTO sign_in_counters (counter_key, attempts, started_at, last_at, wait_until)
                    VALUES (\(bind: random), 1, 0, 0, 0)
                    """).run()
            } catch { caught = error }
            // assert
            let error = try #require(caught)
            #expect(DatabaseInputError.matches(error))
        }
    }
}
