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

/// Signed-out form posts from chosen client addresses. The in-memory tester has no peer
/// address ("unknown"), so apps built with `trustingTestProxy` take X-Forwarded-For from it.
/// Holds no mutable state, so many requests can run in parallel.
struct FormPoster: Sendable {
    let app: Application
    let cookie: String
    let csrf: String

    static func trustingTestProxy(_ settings: inout AppSettings) { settings.trustedProxies = ["unknown"] }

    static func make(_ app: Application) async throws -> FormPoster {
        let browser = TestClient(app)
        let csrf = try await browser.csrfToken()
        let cookie = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        return FormPoster(app: app, cookie: cookie, csrf: csrf)
    }

    func post(_ path: String, form: [String: String], ip: String = "198.51.100.1") async throws -> TestingHTTPResponse {
        var fields = form
        fields["csrf_token"] = csrf
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        headers.replaceOrAdd(name: .cookie, value: cookie)
        headers.replaceOrAdd(name: "X-Forwarded-For", value: ip)
        let body = fields.map { "\(TestClient.escape($0.key))=\(TestClient.escape($0.value))" }.joined(separator: "&")
        let request = TestingHTTPRequest(method: .POST, url: URI(path: path), headers: headers,
                                         body: ByteBuffer(string: body))
        return try await app.testing().performTest(request: request)
    }

    func signIn(_ email: String, _ password: String, ip: String = "198.51.100.1") async throws -> HTTPStatus {
        try await post("/sign-in", form: ["email": email, "password": password], ip: ip).status
    }

    /// Runs `count` posts at once and returns their statuses.
    func parallel(_ count: Int, _ body: @escaping @Sendable (Int) async throws -> HTTPStatus) async throws -> [HTTPStatus] {
        try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
            for i in 0..<count { group.addTask { try await body(i) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }
}
