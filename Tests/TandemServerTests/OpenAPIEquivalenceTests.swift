import Foundation
import Testing
import VaporTesting
@testable import TandemServer

/// The document built with OpenAPIKit says what the hand-written one said (Tests/Snapshots/openapi-v1.json,
/// served before the rewrite), read as OpenAPI: keys in any order, and the spellings below taken as
/// the same thing. When the API changes on purpose, write the new document into the snapshot.
@Suite("OpenAPI document: equivalent to the snapshot")
struct OpenAPIEquivalenceTests {
    static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Snapshots/openapi-v1.json")

    @Test func servedDocumentMatchesTheSnapshot() async throws {
        // arrange
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.snapshot))
        // act
        let served = try JSONSerialization.jsonObject(with: OpenAPIDocument.json)
        // assert
        let want = try Self.text(Self.normalised(expected))
        let got = try Self.text(Self.normalised(served))
        #expect(want == got, "first difference near: \(Self.firstDifference(want, got))")
    }

    /// - a `type` list of several non-null types is `anyOf` one schema per type (OpenAPIKit writes
    ///   the latter; JSON Schema reads both alike), with `items` going to the array one;
    /// - an object's `required` list is a set;
    /// - a parameter's `"required": false` is the default, so it may be left out.
    static func normalised(_ value: Any) -> Any {
        if let list = value as? [Any] { return list.map(normalised) }
        guard var object = value as? [String: Any] else { return value }
        if let types = object["type"] as? [String], types.filter({ $0 != "null" }).count > 1 {
            object["anyOf"] = types.map { type -> [String: Any] in
                var member: [String: Any] = ["type": type]
                if type == "array", let items = object["items"] { member["items"] = items }
                return member
            }
            object["type"] = nil
            object["items"] = nil
        }
        if let required = object["required"] as? [String] { object["required"] = required.sorted() }
        if object["in"] is String, object["required"] as? Bool == false { object["required"] = nil }
        return object.mapValues(normalised)
    }

    static func text(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .prettyPrinted]), as: UTF8.self)
    }

    static func firstDifference(_ a: String, _ b: String) -> String {
        let (x, y) = (a.split(separator: "\n"), b.split(separator: "\n"))
        guard let i = x.indices.first(where: { $0 >= y.count || x[$0] != y[$0] }) else { return "lengths \(x.count) vs \(y.count)" }
        return x[max(0, i - 3)...i].joined(separator: "\n") + "\n  ≠\n" + y[max(0, i - 3)...i].joined(separator: "\n")
    }
}
