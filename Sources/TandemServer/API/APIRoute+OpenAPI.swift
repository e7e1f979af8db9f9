import OpenAPIKit
import Vapor

/// How a route reads in the OpenAPI document.
extension APIRoute {
    var openAPIMethod: OpenAPI.HttpMethod { OpenAPI.HttpMethod(rawValue: method.rawValue)! }

    /// `get_api_v1_requests_requestID`: stable, from the method and path.
    var operationID: String {
        "\(method.rawValue.lowercased())\(openAPIPath)".replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
    }

    var operation: OpenAPI.Operation {
        OpenAPI.Operation(
            tags: [tag], summary: summary, operationId: operationID,
            parameters: parameters.map { .b($0) },
            requestBody: body.map { OpenAPI.Request(content: Self.json($0), required: true) },
            responses: responses,
            // The document itself is public: no session needed.
            security: access == .anyone ? [] : nil)
    }

    /// Path parameters (an `…ID` is a UUID), then the optional query strings.
    private var parameters: [OpenAPI.Parameter] {
        pathParameters.map { name in
            .path(name: name, schema: name.hasSuffix("ID") ? .string(format: .uuid) : .string)
        } + query.map { .query(name: $0, schema: .string) }
    }

    private var responses: OpenAPI.Response.Map {
        var map: OpenAPI.Response.Map = [:]
        let content = response.map(Self.json) ?? [:]
        map[.init(integerLiteral: success)] = .b(OpenAPI.Response(description: "Success", content: content))
        // A cursor this API did not give out answers 400 `cursor.invalid`, on every paged list.
        let pagedByCursor = !Set(query).isDisjoint(with: ["before", "after", "cursor"])
        for code in pagedByCursor && !errors.contains(400) ? [400] + errors : errors {
            map[.init(integerLiteral: code)] = .b(OpenAPI.Response(
                description: "Error", content: Self.json("Error")))
        }
        return map
    }

    /// A JSON body of the named component schema.
    private static func json(_ schema: String) -> OpenAPI.Content.Map {
        [.json: .b(OpenAPI.Content(schema: .reference(.component(named: schema))))]
    }
}
