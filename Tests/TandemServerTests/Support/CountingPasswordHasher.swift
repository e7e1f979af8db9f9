import Foundation
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// Bcrypt at cost 4 that counts every verification and notes the thread each hash and check
/// runs on, so tests can prove how many passwords were checked, and where.
final class CountingPasswordHasher: PasswordHasher, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var names: [String] = []

    var verifications: Int { lock.withLock { count } }
    /// The threads every hash and check ran on, in order.
    var threadNames: [String] { lock.withLock { names } }

    /// Installs a fresh counter as the app's hasher and returns it.
    static func install(on app: Application) -> CountingPasswordHasher {
        let hasher = CountingPasswordHasher()
        app.passwords.use { _ in hasher }
        return hasher
    }

    /// Linux keeps the calling thread's name (as NIO set it) in /proc/thread-self/comm.
    private func note(verifying: Bool) {
        let comm = (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8)) ?? "?"
        let name = comm.trimmingCharacters(in: .whitespacesAndNewlines)
        lock.withLock {
            names.append(name)
            if verifying { count += 1 }
        }
    }

    func hash<Password: DataProtocol>(_ password: Password) throws -> [UInt8] {
        note(verifying: false)
        return Array(try Bcrypt.hash(String(decoding: Array(password), as: UTF8.self), cost: 4).utf8)
    }

    func verify<Password: DataProtocol, Digest: DataProtocol>(_ password: Password, created digest: Digest) throws -> Bool {
        note(verifying: true)
        return try Bcrypt.verify(String(decoding: Array(password), as: UTF8.self),
                                 created: String(decoding: Array(digest), as: UTF8.self))
    }
}
