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

    @Test func validateNamesTheField() {
        #expect(Email.validate("")?.code == "required")
        #expect(Email.validate("nope", field: "invite_email")?.field == "invite_email")
        #expect(Email.validate("ok@example.com") == nil)
    }
}
