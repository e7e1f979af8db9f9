import Foundation
import Vapor

/// The OpenAPI 3.1 description of /api/v1, written by hand from `OpenAPIOperations`.
/// A test compares its paths with the app's real routes, so neither can drift.
enum OpenAPIDocument {
    @Sendable static func serve(req: Request) async throws -> Response {
        let response = Response(status: .ok, body: .init(data: json))
        response.headers.contentType = .json
        return response
    }

    static let json: Data = {
        (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])) ?? Data("{}".utf8)
    }()

    static var document: [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for op in OpenAPIOperations.all {
            paths[op.path, default: [:]][op.method.lowercased()] = op.json
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Tandem API",
                "version": "1.0.0",
                "description": "Two-way mentoring. Authenticate with the session cookie from /sign-in; unsafe methods need the X-CSRF-Token header from GET /api/v1/me.",
            ],
            "servers": [["url": "/"]],
            "paths": paths,
            "components": [
                "schemas": OpenAPISchemas.all.merging(OpenAPISchemas.workspace) { a, _ in a },
                "securitySchemes": [
                    "session": ["type": "apiKey", "in": "cookie", "name": TandemSessionMiddleware.cookieName],
                ],
            ],
            "security": [["session": []]],
        ]
    }
}

struct OpenAPIOperation {
    let method: String
    let path: String
    let summary: String
    let tag: String
    var parameters: [String] = []
    var query: [String] = []
    var body: String? = nil
    var response: String? = nil
    var success = 200
    var errors: [Int] = [401, 404]

    var json: [String: Any] {
        var op: [String: Any] = ["summary": summary, "tags": [tag], "operationId": "\(method.lowercased())\(path)".replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")]
        let params: [[String: Any]] = parameters.map {
            ["name": $0, "in": "path", "required": true, "schema": ["type": "string", "format": $0 == "role" ? "" : "uuid"].filter { !($0.value as String).isEmpty }]
        } + query.map { ["name": $0, "in": "query", "required": false, "schema": ["type": "string"]] }
        if !params.isEmpty { op["parameters"] = params }
        if let body {
            op["requestBody"] = ["required": true, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(body)"]]]]
        }
        var responses: [String: Any] = [:]
        if let response {
            responses["\(success)"] = ["description": "Success", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(response)"]]]]
        } else {
            responses["\(success)"] = ["description": "Success"]
        }
        // A cursor this API did not give out answers 400 `cursor.invalid`, on every paged list.
        let pagedByCursor = !Set(query).isDisjoint(with: ["before", "after", "cursor"])
        for code in pagedByCursor && !errors.contains(400) ? [400] + errors : errors {
            responses["\(code)"] = ["description": "Error", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]
        }
        op["responses"] = responses
        if path == "/api/v1/openapi.json" { op["security"] = [[String: Any]]() }
        return op
    }
}
