import Foundation
import Testing
@testable import TandemServer

@Suite("Settings from the environment")
struct AppSettingsTests {
    static let realSecret = "a-real-random-secret-of-more-than-32-chars"

    @Test func httpsWithoutASecretRefusesToStart() throws {
        // act + assert
        let error = #expect(throws: SettingsError.self) {
            try AppSettings.fromEnvironment(["PUBLIC_URL": "https://mentoring.example.org"])
        }
        #expect(error?.description.contains("TANDEM_SECRET") == true)
        #expect(error?.description.contains("https") == true)
    }

    @Test func httpsWithTheDevelopmentSecretSpelledOutRefusesToStart() throws {
        #expect(throws: SettingsError.self) {
            try AppSettings.fromEnvironment(["PUBLIC_URL": "HTTPS://mentoring.example.org/",
                                             "TANDEM_SECRET": AppSettings.developmentSecret])
        }
    }

    @Test func httpsWithARealSecretStartsWithSecureCookies() throws {
        // act
        let (settings, _) = try AppSettings.fromEnvironment(["PUBLIC_URL": "https://mentoring.example.org",
                                                             "TANDEM_SECRET": Self.realSecret])
        // assert
        #expect(settings.secret == Self.realSecret)
        #expect(settings.secureCookies)
    }

    @Test func plainHTTPWithoutASecretStartsWithAWarning() throws {
        // act
        let (settings, warnings) = try AppSettings.fromEnvironment(["PUBLIC_URL": "http://localhost:8080"])
        // assert
        #expect(settings.secret == AppSettings.developmentSecret)
        #expect(warnings.contains { $0.contains("TANDEM_SECRET") })
    }
}
