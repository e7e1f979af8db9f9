import Foundation
import Testing
@testable import TandemCore

struct ChatMessageTests {
    static let message = ChatMessage(title: "Q&A <today>", text: "Bring *questions* & ideas > 3", link: "https://t.example/p?a=1&b=2")

    @Test func slackEscapesAmpersandAndAngleBrackets() throws {
        // act
        let object = try JSONSerialization.jsonObject(with: Self.message.slackJSON) as? [String: String]
        // assert
        #expect(object?["text"] == "*Q&amp;A &lt;today&gt;*\nBring *questions* &amp; ideas &gt; 3\n<https://t.example/p?a=1&amp;b=2|Open in Tandem>")
    }

    @Test func teamsSendsAnAdaptiveCardWithTheTextAsData() throws {
        // act
        let object = try #require(try JSONSerialization.jsonObject(with: Self.message.teamsJSON) as? [String: Any])
        let attachment = try #require((object["attachments"] as? [[String: Any]])?.first)
        let card = try #require(attachment["content"] as? [String: Any])
        let blocks = try #require(card["body"] as? [[String: Any]])
        let action = try #require((card["actions"] as? [[String: Any]])?.first)
        // assert
        #expect(object["type"] as? String == "message")
        #expect(attachment["contentType"] as? String == "application/vnd.microsoft.card.adaptive")
        #expect(card["type"] as? String == "AdaptiveCard")
        #expect(blocks.first?["text"] as? String == #"Q&A <today\>"#)
        #expect(blocks.last?["text"] as? String == #"Bring \*questions\* & ideas \> 3"#)
        #expect(action["url"] as? String == "https://t.example/p?a=1&b=2")
    }

    @Test func webhookAddressesMustBeHTTPS() {
        #expect(throws: ValidationFailure.self) { try WebhookURL.validate("http://hooks.slack.com/x", allowLoopback: false) }
        #expect(throws: ValidationFailure.self) { try WebhookURL.validate("ftp://x", allowLoopback: true) }
        #expect(throws: ValidationFailure.self) { try WebhookURL.validate("", allowLoopback: false) }
        #expect(throws: ValidationFailure.self) { try WebhookURL.validate("http://127.0.0.1:9/x", allowLoopback: false) }
        #expect((try? WebhookURL.validate(" https://hooks.slack.com/services/T/B/C ", allowLoopback: false)) == "https://hooks.slack.com/services/T/B/C")
        #expect((try? WebhookURL.validate("http://127.0.0.1:9/x", allowLoopback: true)) == "http://127.0.0.1:9/x")
    }

    @Test func aMaskedAddressHidesItsSecret() {
        #expect(WebhookURL.masked("https://hooks.slack.com/services/T000/B000/abcdefgh") == "https://hooks.slack.com/…efgh")
    }
}
