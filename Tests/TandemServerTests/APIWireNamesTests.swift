import Foundation
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// DTOs use Swift names (`ownerID`), the wire keeps snake_case (`owner_id`): every key a GET
/// answer carries is a property of the schema the OpenAPI document (pinned by its snapshot) gives it.
@Suite("API wire names: answers carry the documented snake_case keys")
struct APIWireNamesTests {
    /// The keys of `value` that its schema does not name, at any depth, as "path.key".
    static func undocumented(_ value: Any, _ schema: [String: Any], components: [String: Any], at path: String) -> [String] {
        if let ref = schema["$ref"] as? String, let named = components[String(ref.split(separator: "/").last ?? "")] as? [String: Any] {
            return undocumented(value, named, components: components, at: path)
        }
        if let list = value as? [Any], let items = schema["items"] as? [String: Any] {
            return list.flatMap { undocumented($0, items, components: components, at: path + "[]") }
        }
        guard let object = value as? [String: Any], let properties = schema["properties"] as? [String: Any] else { return [] }
        return object.keys.sorted().flatMap { key -> [String] in
            guard let property = properties[key] as? [String: Any] else { return ["\(path).\(key)"] }
            return undocumented(object[key] as Any, property, components: components, at: "\(path).\(key)")
        }
    }

    @Test(arguments: TestDB.enabled)
    func everyGetAnswerUsesOnlyDocumentedKeys(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let goal = try await w.goal("Lead a design review", owner: w.mentee, milestones: "Pick a topic")
            try await w.meeting(by: w.mentor, days: 2, agenda: "Plan")
            try await w.message("Hello", from: w.mentor)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            try await mentee.rawJSON(.POST, "\(w.apiBase)/feedback", body: #"{"went_well":"Clear","could_be_better":"Time"}"#)
            try await mentee.api(.POST, "/api/v1/me/calendar-feed")
            let ids = ["relationshipID": w.relationshipID, "goalID": try goal.requireID(),
                       "programmeID": try w.scene.programme.requireID(), "userID": try w.mentor.requireID()]
            let document = try #require(try JSONSerialization.jsonObject(with: OpenAPIDocument.json) as? [String: Any])
            let components = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let routes = APIRoutes.all.filter { route in
                route.method == .GET && route.response != nil && route.access == .member
                    && route.pathParameters.allSatisfy { ids[$0] != nil }
            }
            var problems: [String] = []
            var checkedKeys = 0
            // act
            for route in routes {
                let path = "/api/v1/" + route.path.split(separator: "/").map { part in
                    part.hasPrefix(":") ? ids[String(part.dropFirst())]!.uuidString : String(part)
                }.joined(separator: "/")
                let answer = try await mentee.api(.GET, path)
                let body = try JSONSerialization.jsonObject(with: Data(answer.body.readableBytesView))
                let schema = try #require(components[route.response!] as? [String: Any])
                if answer.status != .ok { problems.append("\(path) answered \(answer.status)") }
                checkedKeys += (body as? [String: Any])?.count ?? 0
                problems += Self.undocumented(body, schema, components: components, at: route.response!)
            }
            // assert
            #expect(routes.count >= 15)
            #expect(checkedKeys > routes.count)
            #expect(problems.isEmpty, "\(problems)")
        }
    }
}
