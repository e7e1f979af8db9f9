import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Forgot and change password")
struct PasswordTests {
    static func link(in message: OutboxMessage?) -> String? {
        guard let body = message?.body, let range = body.range(of: "/reset-password/") else { return nil }
        let tail = body[range.lowerBound...]
        return String(tail.prefix { !$0.isWhitespace })
    }

    @Test(arguments: TestDB.enabled)
    func resetLinkWorksOnceAndEndsOtherSessions(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: Ben is signed in on another device
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let ben = try await fixtures.user(in: org, name: "Ben")
            let otherDevice = try await fixtures.client(signedInAs: ben)
            let browser = TestClient(app)
            // act: ask for a link, follow it, set a password
            let asked = try await browser.post("/forgot-password", form: ["email": ben.email.uppercased()])
            #expect(asked.status == .ok)
            #expect(asked.body.string.contains("If an account uses"))
            let path = try #require(Self.link(in: try await OutboxMessage.query(on: app.db).first()))
            #expect(try await browser.get(path).status == .ok)
            let weak = try await browser.post(path, form: ["password": "short"])
            #expect(weak.status == .unprocessableEntity)
            let done = try await browser.post(path, form: ["password": "a-brand-new-password"])
            // assert
            #expect(done.status == .seeOther)
            #expect(try await otherDevice.get("/api/v1/me").status == .unauthorized)
            #expect(try await browser.get(path).status == .gone)
            let fresh = TestClient(app)
            let signIn = try await fresh.post("/sign-in", form: ["email": ben.email, "password": "a-brand-new-password"])
            #expect(signIn.status == .seeOther)
        }
    }

    @Test(arguments: TestDB.enabled)
    func unknownEmailGetsTheSameAnswerAndNoEmail(db: TestDB) async throws {
        try await withApp(db) { app in
            let response = try await TestClient(app).post("/forgot-password", form: ["email": "nobody@example.com"])
            #expect(response.status == .ok)
            #expect(response.body.string.contains("If an account uses"))
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func expiredLinkIsRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            try await TestClient(app).post("/forgot-password", form: ["email": ben.email])
            let reset = try #require(try await PasswordReset.query(on: app.db).first())
            reset.expiresAt = Date().addingTimeInterval(-1)
            try await reset.save(on: app.db)
            let path = try #require(Self.link(in: try await OutboxMessage.query(on: app.db).first()))
            #expect(try await TestClient(app).get(path).status == .gone)
        }
    }

    @Test(arguments: TestDB.enabled)
    func changingPasswordKeepsThisSessionAndEndsOthers(db: TestDB) async throws {
        try await withApp(db) { app in
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            let here = try await fixtures.client(signedInAs: ben)
            let elsewhere = try await fixtures.client(signedInAs: ben)
            let wrong = try await here.post("/account/password", form: ["current_password": "nope", "new_password": "another-long-one"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("not your current password"))
            let ok = try await here.post("/account/password", form: ["current_password": Fixtures.password, "new_password": "another-long-one"])
            #expect(ok.status == .seeOther)
            #expect(try await here.get("/api/v1/me").status == .ok)
            #expect(try await elsewhere.get("/api/v1/me").status == .unauthorized)
        }
    }
}
