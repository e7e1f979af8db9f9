import Foundation
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// Bcrypt at cost 4 that notes the name of the thread each hash and check runs on.
final class ThreadNotingPasswordHasher: PasswordHasher, @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String] = []

    var threadNames: [String] { lock.withLock { names } }

    static func install(on app: Application) -> ThreadNotingPasswordHasher {
        let hasher = ThreadNotingPasswordHasher()
        app.passwords.use { _ in hasher }
        return hasher
    }

    /// Linux keeps the calling thread's name (as NIO set it) in /proc/thread-self/comm.
    private func note() {
        let comm = (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8)) ?? "?"
        let name = comm.trimmingCharacters(in: .whitespacesAndNewlines)
        lock.withLock { names.append(name) }
    }

    func hash<Password: DataProtocol>(_ password: Password) throws -> [UInt8] {
        note()
        return Array(try Bcrypt.hash(String(decoding: Array(password), as: UTF8.self), cost: 4).utf8)
    }

    func verify<Password: DataProtocol, Digest: DataProtocol>(_ password: Password, created digest: Digest) throws -> Bool {
        note()
        return try Bcrypt.verify(String(decoding: Array(password), as: UTF8.self),
                                 created: String(decoding: Array(digest), as: UTF8.self))
    }
}

@Suite("Password hashing runs on its own pool")
struct PasswordPoolTests {
    @Test(arguments: TestDB.enabled)
    func signInHashesAndChecksOnTheBcryptThreads(db: TestDB) async throws {
        try await withApp(db, settings: FormPoster.trustingTestProxy) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            let hasher = ThreadNotingPasswordHasher.install(on: app)
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
