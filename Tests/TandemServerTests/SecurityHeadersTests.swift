import Foundation
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

@Suite("Security headers on every response, errors included")
struct SecurityHeadersTests {
    struct Boom: Error {}

    static func expectSecurityHeaders(_ response: TestingHTTPResponse, _ label: String) {
        #expect(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true, "CSP on \(label)")
        #expect(response.headers.first(name: "X-Frame-Options") == "DENY", "X-Frame-Options on \(label)")
        #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "nosniff on \(label)")
        #expect(response.headers.first(name: "Referrer-Policy") == "same-origin", "Referrer-Policy on \(label)")
    }

    @Test(arguments: TestDB.enabled)
    func errorPagesCarryTheHeaders(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a route that fails unexpectedly, for the 500 path
            app.get("test-boom") { _ -> String in throw Boom() }
            app.get("api", "v1", "test-boom") { _ -> String in throw Boom() }
            let browser = TestClient(app)
            // act
            let page404 = try await browser.get("/no-such-page")
            let json404 = try await browser.api(.GET, "/api/v1/no-such-thing")
            let page500 = try await browser.get("/test-boom")
            let json500 = try await browser.api(.GET, "/api/v1/test-boom")
            let forged = try await browser.post("/sign-in", form: ["email": "a@example.com", "password": "x"], csrf: "forged")
            let bounced = try await browser.get("/programmes")
            // assert
            #expect(page404.status == .notFound)
            #expect(page404.headers.contentType?.subType == "html")
            #expect(json404.status == .notFound)
            #expect(json404.headers.contentType == .json)
            #expect(page500.status == .internalServerError)
            #expect(json500.status == .internalServerError)
            #expect(forged.status == .forbidden)
            #expect(bounced.status == .seeOther)
            for (response, label) in [(page404, "404 page"), (json404, "404 JSON"), (page500, "500 page"),
                                      (json500, "500 JSON"), (forged, "403 CSRF"), (bounced, "sign-in redirect")] {
                Self.expectSecurityHeaders(response, label)
            }
        }
    }
}
