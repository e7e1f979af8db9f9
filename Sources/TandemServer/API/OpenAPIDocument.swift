import Foundation
import OpenAPIKit
import Vapor

/// The OpenAPI 3.1 description of /api/v1, built from the route table (`APIRoutes.all`) and the
/// component schemas, so the document and the routes cannot drift.
enum OpenAPIDocument {
    @Sendable static func serve(req: Request) async throws -> Response {
        let response = Response(status: .ok, body: .init(data: json))
        response.headers.contentType = .json
        return response
    }

    static let json: Data = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(document)) ?? Data("{}".utf8)
    }()

    static var document: OpenAPI.Document {
        var paths: OpenAPI.PathItem.Map = [:]
        for route in APIRoutes.all {
            let path = OpenAPI.Path(rawValue: route.openAPIPath)
            var item = paths[path]?.pathItemValue ?? OpenAPI.PathItem()
            item[route.openAPIMethod] = route.operation
            paths[path] = .b(item)
        }
        return OpenAPI.Document(
            openAPIVersion: .v3_1_0,
            info: .init(
                title: "Tandem API",
                description: "Two-way mentoring. Authenticate with the session cookie from /sign-in; unsafe methods need the X-CSRF-Token header from GET /api/v1/me.",
                version: "1.0.0"),
            servers: [.init(urlTemplate: URLTemplate(rawValue: "/")!)],
            paths: paths,
            components: .init(
                schemas: OpenAPIDocument.componentSchemas,
                securitySchemes: ["session": .b(.apiKey(name: TandemSessionMiddleware.cookieName, location: .cookie))]),
            security: [[.component(named: "session"): []]])
    }

    static var componentSchemas: OpenAPI.ComponentDictionary<JSONSchema> {
        var schemas: OpenAPI.ComponentDictionary<JSONSchema> = [:]
        let features = OpenAPISchemas.workspace.merging(OpenAPISchemas.delivery, uniquingKeysWith: { a, _ in a })
            .merging(OpenAPISchemas.plan, uniquingKeysWith: { a, _ in a })
            .merging(OpenAPISchemas.load, uniquingKeysWith: { a, _ in a })
            .merging(OpenAPISchemas.agreements, uniquingKeysWith: { a, _ in a })
            .merging(OpenAPISchemas.requests, uniquingKeysWith: { a, _ in a })
            .merging(OpenAPISchemas.console, uniquingKeysWith: { a, _ in a })
        for (name, schema) in OpenAPISchemas.all.merging(features, uniquingKeysWith: { a, _ in a }) {
            schemas[OpenAPI.ComponentKey(rawValue: name)!] = schema
        }
        return schemas
    }
}
