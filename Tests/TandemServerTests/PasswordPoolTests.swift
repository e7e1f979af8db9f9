import Foundation
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

@Suite("Password hashing runs on its own pool")
struct PasswordPoolTests {
    @Test(arguments: TestDB.enabled)
    func signInHashesAndChecksOnTheBcryptThreads(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            let hasher = CountingPasswordHasher.install(on: app)
            let poster = try await FormPoster.make(app)
            // act: an unknown email (the dummy hash is made, then checked), a wrong and a right password
            let unknown = try await poster.signIn("nobody@example.com", "guess")
            let wrong = try await poster.signIn(ben.email, "guess")
            let right = try await poster.signIn(ben.email, Fixtures.password)
            // assert: four bcrypt calls, none on an event loop or on app.threadPool ("TP-#…"), which SQLite uses
            #expect([unknown, wrong, right] == [.unprocessableEntity, .unprocessableEntity, .seeOther])
            #expect(hasher.threadNames.count == 4)
            #expect(hasher.threadNames.allSatisfy { $0.hasPrefix(Application.passwordThreadPrefix) })
        }
    }
}
