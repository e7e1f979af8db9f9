import Foundation
import NIOCore
import NIOHTTP1
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// A browser stand-in: keeps cookies, adds the CSRF token to forms and API calls.
final class TestClient: @unchecked Sendable {
    let app: Application
    var cookies: [String: String] = [:]

    init(_ app: Application) { self.app = app }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:], body: ByteBuffer? = nil) async throws -> TestingHTTPResponse {
        var headers = headers
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        let request = TestingHTTPRequest(method: method, url: URI(path: path), headers: headers,
                                         body: body ?? ByteBufferAllocator().buffer(capacity: 0))
        let response = try await app.testing().performTest(request: request)
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            if value.string.isEmpty || value.maxAge == 0 { cookies[name] = nil } else { cookies[name] = value.string }
        }
        return response
    }

    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path)
    }

    /// Posts a form with this browser's CSRF token, unless the test passes its own.
    @discardableResult
    func post(_ path: String, form: [String: String], csrf: String? = nil) async throws -> TestingHTTPResponse {
        var fields = form
        if fields["csrf_token"] == nil {
            if let csrf { fields["csrf_token"] = csrf } else { fields["csrf_token"] = try await csrfToken() }
        }
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        let encoded = fields.map { "\(Self.escape($0.key))=\(Self.escape($0.value))" }.joined(separator: "&")
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: encoded))
    }

    /// Calls the JSON API, with X-CSRF-Token on unsafe methods when signed in.
    @discardableResult
    func api(_ method: HTTPMethod, _ path: String, json: (any Encodable)? = nil) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.contentType = .json
        if method != .GET, cookies[TandemSessionMiddleware.cookieName] != nil {
            headers.replaceOrAdd(name: "X-CSRF-Token", value: try await csrfToken())
        }
        // The server's own bodies go out as APICoding writes them (snake_case); anything else as it is.
        let body = try json.map { ByteBuffer(data: try ($0 is any APIContent ? APICoding.encoder : JSONEncoder()).encode($0)) }
        return try await send(method, path, headers: headers, body: body)
    }

    func csrfToken() async throws -> String {
        let page = try await get("/sign-in")
        if let token = Self.firstMatch(in: page.body.string, pattern: #"name="csrf_token" value="([^"]+)""#) { return token }
        let me = try await get("/api/v1/me")
        guard let token = try? me.content.decode(CSRFHolder.self).csrf_token else { throw TestSetupError("No CSRF token available") }
        return token
    }

    private struct CSRFHolder: Decodable { let csrf_token: String }

    static func firstMatch(in text: String, pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    static func escape(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}

extension TestingHTTPResponse {
    var location: String { headers.first(name: .location) ?? "" }
}
