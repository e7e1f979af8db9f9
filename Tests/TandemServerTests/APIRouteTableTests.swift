import Foundation
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// Each /api/v1 route is declared once, in a feature's table; registration and the OpenAPI
/// document both come from it, and its access is enforced by route groups, not by handlers.
@Suite("API route table: one declaration per route, access by route group")
struct APIRouteTableTests {
    /// Every route below /api/v1 that Vapor answers, as "METHOD /api/v1/a/{b}".
    static func registered(_ app: Application) -> Set<String> {
        Set(app.routes.all.compactMap { route -> String? in
            let path = "/" + route.path.map { component -> String in
                if case .parameter(let name) = component { return "{\(name)}" }
                return component.description
            }.joined(separator: "/")
            return path.hasPrefix("/api/v1/") ? "\(route.method.rawValue) \(path)" : nil
        })
    }

    /// A concrete path for a route, with a fresh UUID for each id (unknown everywhere).
    static func concrete(_ route: APIRoute) -> String {
        "/api/v1/" + route.path.split(separator: "/").map { part in
            part.hasPrefix(":") ? (part.hasSuffix("ID") ? UUID().uuidString : "mentor") : String(part)
        }.joined(separator: "/")
    }

    @Test(arguments: TestDB.enabled)
    func theTableIsExactlyWhatVaporRoutes(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let table = APIRoutes.all.map { "\($0.method.rawValue) \($0.openAPIPath)" }
            // act
            let routed = Self.registered(app)
            // assert
            #expect(table.count == Set(table).count, "a route is declared twice")
            #expect(table.count > 40)
            #expect(Set(table) == routed, "table only: \(Set(table).subtracting(routed).sorted()); routed only: \(routed.subtracting(table).sorted())")
        }
    }

    @Test(arguments: TestDB.enabled)
    func signedOutCallsAnswer401OnEveryMemberAndAdminRoute(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let client = TestClient(app)
            let guarded = APIRoutes.all.filter { $0.access != .anyone }
            var answers: [String: (HTTPStatus, String)] = [:]
            // act
            for route in guarded {
                let response = try await client.api(route.method, Self.concrete(route))
                answers["\(route.method) \(route.path)"] = (response.status, response.errorCode)
            }
            // assert
            #expect(answers.count == guarded.count)
            for (route, answer) in answers {
                #expect(answer.0 == .unauthorized, "\(route) answered \(answer.0)")
                #expect(answer.1 == "auth.required", "\(route) answered \(answer.1)")
            }
        }
    }

    @Test(arguments: TestDB.enabled)
    func participantsAnswer403OnEveryAdminRouteWhateverTheIDs(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let participant = try await fixtures.client(signedInAs: try await fixtures.user(in: org, name: "Pat Participant"))
            let admin = try await fixtures.client(signedInAs: try await fixtures.user(in: org, name: "Ada Admin", role: .admin))
            let adminRoutes = APIRoutes.all.filter { $0.access == .admin }
            // act
            var refused: [(String, HTTPStatus)] = []
            var passed: [(String, HTTPStatus)] = []
            for route in adminRoutes {
                let path = Self.concrete(route)
                refused.append(("\(route.method) \(route.path)", try await participant.api(route.method, path).status))
                passed.append(("\(route.method) \(route.path)", try await admin.api(route.method, path).status))
            }
            // assert
            #expect(adminRoutes.count >= 7)
            for (route, status) in refused { #expect(status == .forbidden, "\(route) answered \(status) to a participant") }
            // The admin gets past the group to the handler, which answers for the unknown ids or the empty body.
            for (route, status) in passed { #expect(status != .forbidden && status != .unauthorized, "\(route) answered \(status) to the admin") }
        }
    }

    @Test func everyRouteHasAnOperationInTheDocument() throws {
        // act
        let document = OpenAPIDocument.document
        // assert
        for route in APIRoutes.all {
            let item = document.paths[.init(rawValue: route.openAPIPath)]?.pathItemValue
            let operation = item?[route.openAPIMethod]
            #expect(operation?.operationId == route.operationID, "\(route.method) \(route.openAPIPath) is not documented")
            #expect(operation?.responses.isEmpty == false)
        }
    }
}
