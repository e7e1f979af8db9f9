import Testing
@testable import TandemCore

@Suite struct EmailTests {
    @Test(arguments: [
        ("  Ada@Example.COM ", "ada@example.com"),
        ("a.b+tag@sub.example.org", "a.b+tag@sub.example.org"),
        ("x@y.io\n", "x@y.io"),
    ])
    func normalisesGoodAddresses(raw: String, expected: String) {
        #expect(Email.normalise(raw) == expected)
    }

    @Test(arguments: [
        "", "   ", "ada", "ada@", "@example.com", "ada@example", "ada@example.c",
        "ada@@example.com", "a da@example.com", "ada@exa mple.com", "ada@.com", "ada@example..com",
        String(repeating: "a", count: 64) + "@" + String(repeating: "b", count: 190) + ".com",
    ])
    func rejectsBadAddresses(raw: String) {
        #expect(Email.normalise(raw) == nil)
    }

    @Test func acceptsTheLongestAllowedAddress() {
        // arrange: 64 + 1 + 185 + 4 = 254
        let raw = String(repeating: "a", count: 64) + "@" + String(repeating: "b", count: 185) + ".com"
        // assert
        #expect(raw.count == 254)
        #expect(Email.normalise(raw) == raw)
    }

    @Test func limitsTheAddressInBytesNotCharacters() {
        // arrange: six characters that take about 10 KB, and a 64-character local part of 2-byte letters
        let stacked = "a" + String(repeating: "\u{0301}", count: 5_000) + "@x.io"
        let wideLocal = String(repeating: "é", count: 64) + "@example.com"
        // act
        let stackedResult = Email.normalise(stacked)
        let wideResult = Email.normalise(wideLocal)
        // assert
        #expect(stacked.count == 6)
        #expect(stackedResult == nil)
        #expect(wideResult == nil)
        #expect(Email.validate(stacked)?.code == "invalid")
    }

    @Test func acceptsAnAddressOfExactly254Bytes() {
        // arrange: 32 two-byte letters (64 bytes) + "@" + 185 + ".com" = 254 bytes
        let raw = String(repeating: "é", count: 32) + "@" + String(repeating: "b", count: 185) + ".com"
        let oneMore = String(repeating: "é", count: 32) + "@" + String(repeating: "b", count: 186) + ".com"
        // assert
        #expect(raw.utf8.count == 254)
        #expect(Email.normalise(raw) == raw)
        #expect(Email.normalise(oneMore) == nil)
    }

    @Test func validateNamesTheField() {
        #expect(Email.validate("")?.code == "required")
        #expect(Email.validate("nope", field: "invite_email")?.field == "invite_email")
        #expect(Email.validate("ok@example.com") == nil)
    }
}
