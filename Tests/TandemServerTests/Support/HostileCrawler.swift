import Foundation
import NIOCore
import NIOHTTP1
import Vapor
import VaporTesting
@testable import TandemServer

/// Walks the app as its signed-in users can and sends hostile values everywhere it finds input.
struct HostileCrawler {
    let app: Application
    /// Route parameter name → a real id of the seeded organisation.
    let ids: [String: String]
    var browsers: [TestClient] = []
    /// Route pattern ("/programmes/:programmeID/mentors") → the query parameters seen for it.
    var queryParameters: [String: Set<String>] = [:]
    var forms: [String: PageScanner.Form] = [:]
    var failures: [String] = []
    var requests = 0
    var formsTried = 0
    var numericFieldsTried = 0

    /// Parameters every list might read; a route that ignores them loses nothing.
    static let commonParameters: Set<String> = ["after", "before", "k", "limit"]

    var getRoutes: [Route] { app.routes.all.filter { $0.method == .GET } }

    static func pattern(_ route: Route) -> String {
        "/" + route.path.map { "\($0)" }.joined(separator: "/")
    }

    func concretePath(_ route: Route, replacing parameter: String? = nil, with value: String = "") -> String? {
        var parts: [String] = []
        for component in route.path {
            switch component {
            case .constant(let text): parts.append(text)
            case .parameter(let name) where name == parameter: parts.append(HostileValues.escape(value))
            case .parameter(let name):
                guard let id = ids[name], name != "token" else { return nil }
                parts.append(id)
            default: return nil
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The route a same-site link or form action leads to.
    func routePattern(for path: String, method: HTTPMethod = .GET) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        let route = app.routes.all.first { route in
            route.method == method && route.path.count == parts.count && zip(route.path, parts).allSatisfy { component, part in
                if case .constant(let text) = component { return text == part }
                if case .parameter = component { return true }
                return false
            }
        }
        return route.map(Self.pattern)
    }

    /// Reads the OpenAPI document's query parameters, then every page's links and forms.
    mutating func discover() async throws {
        let document = try await browsers[0].get("/api/v1/openapi.json")
        let json = try JSONSerialization.jsonObject(with: Data(document.body.readableBytesView)) as? [String: Any]
        for (path, operations) in json?["paths"] as? [String: [String: Any]] ?? [:] {
            let pattern = path.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: "")
            for parameter in ((operations["get"] as? [String: Any])?["parameters"] as? [[String: Any]]) ?? []
            where parameter["in"] as? String == "query" {
                queryParameters[pattern, default: []].insert(parameter["name"] as? String ?? "")
            }
        }
        for route in getRoutes where !Self.pattern(route).hasPrefix("/api/") {
            guard let path = concretePath(route) else { continue }
            for browser in browsers {
                let html = try await browser.get(path).body.string
                for link in PageScanner.links(in: html) {
                    if let pattern = routePattern(for: link.path) { queryParameters[pattern, default: []].formUnion(link.parameters) }
                }
                for form in PageScanner.forms(in: html) {
                    let action = form.action.isEmpty ? path : form.action
                    if form.method == "get", let pattern = routePattern(for: action) {
                        queryParameters[pattern, default: []].formUnion(form.fields.keys)
                    } else if form.method == "post" {
                        forms["\(browsers.firstIndex { $0 === browser } ?? 0) \(action)"] = form
                    }
                }
            }
        }
    }

    mutating func record(_ method: HTTPMethod, _ path: String, _ response: TestingHTTPResponse) {
        requests += 1
        if response.status.code >= 500 {
            failures.append("\(method) \(path.prefix(200)) → \(response.status.code) \(response.body.string.prefix(200))")
        }
    }
}
