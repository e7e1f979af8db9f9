import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Reset links: single use under races, voided by changes, limited per address")
struct PasswordResetRaceTests {
    static func links(_ app: Application, to email: String) async throws -> [String] {
        try await OutboxMessage.query(on: app.db).filter(\.$toEmail == email).all().compactMap { PasswordTests.link(in: $0) }
    }

    @Test(arguments: TestDB.enabled)
    func aLinkUsedInParallelWorksExactlyOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            try await TestClient(app).post("/forgot-password", form: ["email": ben.email])
            let path = try #require(try await Self.links(app, to: ben.email).first)
            let poster = try await FormPoster.make(app)
            // act
            let statuses = try await poster.parallel(6) { i in
                try await poster.post(path, form: ["password": "brand-new-password-\(i)"]).status
            }
            // assert
            #expect(statuses.filter { $0 == .seeOther }.count == 1)
            #expect(statuses.filter { $0 == .gone }.count == 5)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "password.reset").count() == 1)
            #expect(try await PasswordReset.query(on: app.db).filter(\.$usedAt == nil).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aResetVoidsThePersonsOtherLinks(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: two links for Ben, one for Cleo
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let ben = try await fixtures.user(in: org, name: "Ben")
            let cleo = try await fixtures.user(in: org, name: "Cleo")
            let browser = TestClient(app)
            try await browser.post("/forgot-password", form: ["email": ben.email])
            try await browser.post("/forgot-password", form: ["email": ben.email])
            try await browser.post("/forgot-password", form: ["email": cleo.email])
            let bens = try await Self.links(app, to: ben.email)
            let cleos = try await Self.links(app, to: cleo.email)
            try #require(bens.count == 2 && cleos.count == 1)
            // act
            let done = try await browser.post(bens[0], form: ["password": "brand-new-password"])
            // assert
            #expect(done.status == .seeOther)
            #expect(try await browser.get(bens[1]).status == .gone)
            #expect(try await browser.post(bens[1], form: ["password": "another-password"]).status == .gone)
            #expect(try await browser.get(cleos[0]).status == .ok)
        }
    }

    @Test(arguments: TestDB.enabled)
    func changingThePasswordVoidsResetLinks(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            try await TestClient(app).post("/forgot-password", form: ["email": ben.email])
            let path = try #require(try await Self.links(app, to: ben.email).first)
            let signedIn = try await fixtures.client(signedInAs: ben)
            // act
            let changed = try await signedIn.post("/account/password",
                                                  form: ["current_password": Fixtures.password, "new_password": "another-long-one"])
            // assert
            #expect(changed.status == .seeOther)
            #expect(try await TestClient(app).get(path).status == .gone)
        }
    }

    @Test(arguments: TestDB.enabled)
    func forgotPasswordHasItsOwnLimitPerAddress(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            let limit = app.settings.signInLimits.resetsPerAddress
            let browser = TestClient(app)
            // act
            var answers: [HTTPStatus] = []
            for _ in 0..<(limit + 3) {
                answers.append(try await browser.post("/forgot-password", form: ["email": ben.email]).status)
            }
            let signIn = try await TestClient(app).post("/sign-in", form: ["email": ben.email, "password": Fixtures.password])
            // assert: the same answer every time, but only `limit` emails; sign-in is untouched
            #expect(answers.allSatisfy { $0 == .ok })
            #expect(try await OutboxMessage.query(on: app.db).count() == limit)
            #expect(signIn.status == .seeOther)
        }
    }

    @Test(arguments: TestDB.enabled)
    func forgotPasswordRequestsDoNotUseUpSignInAttempts(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: many reset requests from this address, for many addresses
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            let browser = TestClient(app)
            for i in 0..<(app.settings.signInLimits.perIP + 5) {
                try await browser.post("/forgot-password", form: ["email": "person\(i)@example.com"])
            }
            // act
            let signIn = try await TestClient(app).post("/sign-in", form: ["email": ben.email, "password": Fixtures.password])
            // assert
            #expect(signIn.status == .seeOther)
        }
    }
}
