import Foundation
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

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
