import Testing
@testable import TandemCore

struct LinkRedactionTests {
    @Test func everyLinkIsHiddenAndTheRestKept() {
        // act
        let text = LinkRedaction.redact("Set a password: https://t.example/reset/abc123\n\nOr http://x.test/i?t=1 now. HTTP is fine.")
        // assert
        #expect(text == "Set a password: \(LinkRedaction.placeholder)\n\nOr \(LinkRedaction.placeholder) now. HTTP is fine.")
        #expect(!text.contains("abc123"))
    }

    @Test func textWithoutLinksIsUnchanged() {
        #expect(LinkRedaction.redact("No links here, httpx or http:/ either") == "No links here, httpx or http:/ either")
    }
}
