import Fluent
import Foundation
import NIOCore
import NIOHTTP1
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// Reading API answers in tests: JSON bodies, error codes, Location ids, raw JSON requests.
extension TestingHTTPResponse {
    /// The JSON body decoded as `T`.
    func json<T: Decodable>(_ type: T.Type) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(T.self, from: Data(body.readableBytesView))
    }

    /// An API body decoded into the server's own Swift-named type, as `APICoding` reads the wire.
    func json<T: APIContent>(_ type: T.Type) throws -> T {
        try APICoding.decoder.decode(T.self, from: Data(body.readableBytesView))
    }

    /// `error.code` from the API's error shape, or "" when the body is not that shape.
    var errorCode: String { (try? json(ErrorBody.self).error.code) ?? "" }

    /// The last path component of the Location header, as a UUID.
    var locationID: UUID? {
        let path = location.split(separator: "?").first.map(String.init) ?? ""
        return path.split(separator: "/").last.flatMap { UUID(uuidString: String($0)) }
    }
}

extension TestClient {
    /// Sends a raw JSON body (possibly malformed), with or without the CSRF header.
    @discardableResult
    func rawJSON(_ method: HTTPMethod, _ path: String, body: String, withCSRF: Bool = true) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.contentType = .json
        if withCSRF { headers.replaceOrAdd(name: "X-CSRF-Token", value: try await csrfToken()) }
        return try await send(method, path, headers: headers, body: ByteBuffer(string: body))
    }
}
