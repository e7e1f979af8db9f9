import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Sign-in next= stays on this site")
struct RedirectTests {
    /// Hostile `next` values as they would appear in a link (percent-encoded where a URL needs it).
    static let hostile = [
        "/%09/evil.example", "/%0A/evil.example", "/%0D%0A/evil.example", "/%20/evil.example",
        "//evil.example", "///evil.example", "%2F%2Fevil.example", "/%2F/evil.example", "/%252F%252Fevil.example",
        "/%5Cevil.example", "%2F%5Cevil.example", "/%255Cevil.example", "/%2509/evil.example",
        "https://evil.example", "https:evil.example", "javascript:alert(1)", "evil.example",
        "/%E2%80%A8/evil.example", "/%C2%A0/evil.example", "/%00/evil.example",
    ]

    static func formAction(_ html: String) -> String? {
        TestClient.firstMatch(in: html, pattern: #"<form method="post" action="([^"]*)""#)
    }

    @Test(arguments: TestDB.enabled)
    func hostileNextValuesLandOnTheHomePage(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            for value in Self.hostile {
                let browser = TestClient(app)
                // act
                let page = try await browser.get("/sign-in?next=\(value)")
                let signIn = try await browser.post("/sign-in?next=\(value)",
                                                    form: ["email": ben.email, "password": Fixtures.password])
                // assert
                #expect(Self.formAction(page.body.string) == "/sign-in", "form for \(value)")
                #expect(signIn.status == .seeOther, "sign-in for \(value)")
                #expect(signIn.location == "/", "redirect for \(value)")
            }
        }
    }

    @Test(arguments: TestDB.enabled)
    func aLocalNextSurvivesTheRoundTripEncoded(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let ben = try await fixtures.user(in: try await fixtures.organisation(), name: "Ben")
            let browser = TestClient(app)
            // act: a protected page sends us to sign in, and the form carries the target
            let bounced = try await browser.get("/programmes?tab=mine&page=2")
            let page = try await browser.get(bounced.location)
            let action = try #require(Self.formAction(page.body.string))
            let signIn = try await browser.post(action, form: ["email": ben.email, "password": Fixtures.password])
            // assert
            #expect(bounced.status == .seeOther)
            #expect(bounced.location == "/sign-in?next=/programmes%3Ftab%3Dmine%26page%3D2")
            #expect(action == "/sign-in?next=/programmes%3Ftab%3Dmine%26page%3D2")
            #expect(signIn.location == "/programmes?tab=mine&page=2")
        }
    }

    @Test(arguments: TestDB.enabled)
    func quotesAndAmpersandsCannotBreakOutOfTheForm(db: TestDB) async throws {
        try await withApp(db) { app in
            // act
            let page = try await TestClient(app).get("/sign-in?next=%2Fa%22%3E%3Cscript%3Ex%3C%2Fscript%3E%26b%3D1")
            // assert
            #expect(Self.formAction(page.body.string) == "/sign-in?next=/a%22%3E%3Cscript%3Ex%3C/script%3E%26b%3D1")
            #expect(!page.body.string.contains("<script>x"))
        }
    }
}
