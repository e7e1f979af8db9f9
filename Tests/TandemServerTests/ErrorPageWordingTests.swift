import Foundation
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

@Suite("Error pages say what happened in words, with a next step")
struct ErrorPageWordingTests {
    @Test func noHeadingIsAnHTTPStatusName() {
        // act
        let statuses: [HTTPResponseStatus] = [.badRequest, .unauthorized, .forbidden, .notFound, .conflict,
                                              .payloadTooLarge, .unprocessableEntity, .tooManyRequests, .internalServerError]
        // assert
        for status in statuses {
            #expect(ErrorPageContext.title(for: status).lowercased() != status.reasonPhrase.lowercased(), "\(status.code)")
        }
    }

    @Test(arguments: TestDB.enabled)
    func aMissingPageOffersTheWayBackAndSignIn(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let browser = TestClient(app)
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .host, value: "tandem.example")
            headers.replaceOrAdd(name: .referer, value: "http://tandem.example/programmes?page=2")
            var foreign = HTTPHeaders()
            foreign.replaceOrAdd(name: .host, value: "tandem.example")
            foreign.replaceOrAdd(name: .referer, value: "https://elsewhere.example/phish")
            // act
            let missing = try await browser.send(.GET, "/no-such-page", headers: headers)
            let fromElsewhere = try await browser.send(.GET, "/no-such-page", headers: foreign)
            var protocolRelative = HTTPHeaders()
            protocolRelative.replaceOrAdd(name: .host, value: "tandem.example")
            protocolRelative.replaceOrAdd(name: .referer, value: "http://tandem.example//elsewhere.example/phish")
            let offSite = try await browser.send(.GET, "/no-such-page", headers: protocolRelative)
            let login = try await browser.get("/login")
            // assert
            #expect(missing.status == .notFound)
            #expect(missing.body.string.contains("<h1>We could not find that</h1>"))
            #expect(missing.body.string.contains("href=\"/programmes?page=2\">Go back"))
            #expect(missing.body.string.contains("href=\"/sign-in\">Sign in</a>"))
            #expect(!fromElsewhere.body.string.contains("Go back"))
            #expect(!offSite.body.string.contains("Go back"))
            #expect(login.status == .movedPermanently && login.headers.first(name: .location) == "/sign-in")
        }
    }
}
