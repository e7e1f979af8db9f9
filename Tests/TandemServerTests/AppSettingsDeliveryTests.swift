import Foundation
import Testing
import TandemCore
@testable import TandemServer

@Suite("Delivery settings from the environment")
struct AppSettingsDeliveryTests {
    @Test func withoutSMTPURLMailStaysInTheOutbox() throws {
        // act
        let (settings, _) = try AppSettings.fromEnvironment([:])
        // assert
        #expect(settings.smtp == nil)
        #expect(settings.allowLoopbackOutbound == false)
        #expect(settings.extraCAFile == nil)
    }

    @Test func readsSMTPURLAndMailFrom() throws {
        // arrange
        let sender = try MailAddress(name: "Tandem", address: "noreply@example.org")
        // act
        let (settings, _) = try AppSettings.fromEnvironment([
            "SMTP_URL": "smtps://ada:p%40ss@mail.example.org", "MAIL_FROM": "Tandem <noreply@example.org>",
        ])
        // assert
        #expect(settings.smtp == SMTPEndpoint(security: .implicitTLS, host: "mail.example.org", port: 465, username: "ada", password: "p@ss"))
        #expect(settings.mailFrom == sender)
    }

    @Test func smtpWithoutMailFromRefusesToStart() {
        // act
        let error = #expect(throws: SettingsError.self) {
            try AppSettings.fromEnvironment(["SMTP_URL": "smtp://mail.example.org"])
        }
        // assert
        #expect(error?.description.contains("MAIL_FROM") == true)
    }

    @Test func aBadSMTPURLNamesTheVariable() {
        // act
        let error = #expect(throws: SettingsError.self) {
            try AppSettings.fromEnvironment(["SMTP_URL": "http://mail.example.org", "MAIL_FROM": "a@example.org"])
        }
        // assert
        #expect(error?.description.contains("SMTP_URL") == true)
    }

    @Test func aBadMailFromNamesTheVariable() {
        // act
        let error = #expect(throws: SettingsError.self) {
            try AppSettings.fromEnvironment(["MAIL_FROM": "Tandem"])
        }
        // assert
        #expect(error?.description.contains("MAIL_FROM") == true)
    }

    @Test func theLoopbackTestSettingIsReadAndWarnedAbout() throws {
        // act
        let (settings, warnings) = try AppSettings.fromEnvironment([
            "TANDEM_ALLOW_LOOPBACK_OUTBOUND": "true", "TANDEM_EXTRA_CA_FILE": "/tmp/ca.pem",
        ])
        // assert
        #expect(settings.allowLoopbackOutbound)
        #expect(settings.extraCAFile == "/tmp/ca.pem")
        #expect(warnings.contains { $0.contains("TANDEM_ALLOW_LOOPBACK_OUTBOUND") })
        #expect(throws: SettingsError.self) { try AppSettings.fromEnvironment(["TANDEM_ALLOW_LOOPBACK_OUTBOUND": "maybe"]) }
    }
}
