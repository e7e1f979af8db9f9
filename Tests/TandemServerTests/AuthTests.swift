import Fluent
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Sign-up, sign-in and sessions")
struct AuthTests {
    @Test(arguments: TestDB.enabled)
    func firstSignUpCreatesOrganisationAndAdmin(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let browser = TestClient(app)
            // act
            let response = try await browser.post("/sign-up", form: [
                "organisation_name": "Acme", "name": "Ada Admin", "email": " Ada@Example.COM ", "password": "long-enough-pw", "time_zone": "UTC",
            ])
            // assert
            #expect(response.status == .seeOther)
            let users = try await User.query(on: app.db).all()
            #expect(users.map(\.email) == ["ada@example.com"])
            #expect(users.first?.role == .admin)
            #expect(users.first?.passwordHash.hasPrefix("$2") == true)
            #expect(try await UserSession.query(on: app.db).count() == 1)
            let dashboard = try await browser.get("/")
            #expect(dashboard.body.string.contains("Dashboard"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "organisation.created").count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func signUpClosesOnceAnOrganisationExists(db: TestDB) async throws {
        try await withApp(db) { app in
            _ = try await Fixtures(app: app).organisation()
            let response = try await TestClient(app).post("/sign-up", form: [
                "organisation_name": "Second", "name": "Eve", "email": "eve@example.com", "password": "long-enough-pw",
            ])
            #expect(response.status == .forbidden)
            #expect(try await Organisation.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func invalidSignUpKeepsWhatWasTyped(db: TestDB) async throws {
        try await withApp(db) { app in
            let response = try await TestClient(app).post("/sign-up", form: [
                "organisation_name": "Acme Widgets", "name": "", "email": "not-an-email", "password": "short",
            ])
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("value=\"Acme Widgets\""))
            #expect(html.contains("value=\"not-an-email\""))
            #expect(html.contains("Enter your name"))
            #expect(html.contains("field-error"))
            #expect(!html.contains("value=\"short\""))
        }
    }

    @Test(arguments: TestDB.enabled)
    func formsWithoutCSRFTokenAreRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            let response = try await TestClient(app).post("/sign-up", form: [
                "organisation_name": "Acme", "name": "Ada", "email": "ada@example.com", "password": "long-enough-pw",
            ], csrf: "forged")
            #expect(response.status == .forbidden)
            #expect(try await Organisation.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func signInIsRateLimitedAfterFiveFailures(db: TestDB) async throws {
        try await withApp(db) { app in
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let user = try await fixtures.user(in: org, name: "Ben")
            let browser = TestClient(app)
            for _ in 0..<5 {
                let wrong = try await browser.post("/sign-in", form: ["email": user.email, "password": "wrong-password"])
                #expect(wrong.status == .unprocessableEntity)
                #expect(wrong.body.string.contains("value=\"\(user.email)\""))
            }
            let blocked = try await browser.post("/sign-in", form: ["email": user.email, "password": Fixtures.password])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.body.string.contains("Too many failed sign-ins"))
            #expect(browser.cookies[TandemSessionMiddleware.cookieName] == nil)
        }
    }

    @Test(arguments: TestDB.enabled)
    func sessionCookieIsHttpOnlyAndSignOutEndsTheSession(db: TestDB) async throws {
        try await withApp(db) { app in
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let user = try await fixtures.user(in: org, name: "Ben")
            let browser = TestClient(app)
            let signIn = try await browser.post("/sign-in", form: ["email": user.email, "password": Fixtures.password])
            let cookie = try #require(signIn.headers.setCookie?[TandemSessionMiddleware.cookieName])
            #expect(cookie.isHTTPOnly)
            #expect(cookie.sameSite == .lax)
            #expect(try await UserSession.query(on: app.db).count() == 1)
            // The stored value is a keyed hash, never the cookie itself.
            #expect(try await UserSession.query(on: app.db).first()?.tokenHash != cookie.string)
            try await browser.post("/sign-out", form: [:])
            #expect(try await UserSession.query(on: app.db).count() == 0)
            #expect(try await browser.get("/programmes").status == .seeOther)
        }
    }

    @Test(arguments: TestDB.enabled)
    func unknownCookieCreatesNoSessionRow(db: TestDB) async throws {
        try await withApp(db) { app in
            let browser = TestClient(app)
            browser.cookies[TandemSessionMiddleware.cookieName] = "made-up-token"
            let response = try await browser.get("/api/v1/me")
            #expect(response.status == .unauthorized)
            #expect(try await UserSession.query(on: app.db).count() == 0)
        }
    }
}
