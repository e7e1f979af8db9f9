import Testing
@testable import TandemCore

@Suite struct SafeRedirectPathTests {
    @Test(arguments: [
        "/", "/programmes", "/relationships/5f1c/goals", "/programmes?tab=mine&page=2",
        "/a/./b/../c", "/javascript:alert(1)", "/@evil.example", "/caf%C3%A9",
    ])
    func keepsLocalPaths(raw: String) {
        // act
        let result = SafeRedirectPath.validate(raw)
        // assert
        #expect(result == raw)
    }

    @Test(arguments: [
        // not a path at all
        "", "programmes", "https://evil.example", "http:/evil.example", "javascript:alert(1)",
        "evil.example/x", " /programmes", ".//evil.example",
        // protocol-relative and slash tricks
        "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example", "/x\\y",
        // whitespace and control characters anywhere
        "/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/ /evil.example", "/x y",
        "/\u{0}x", "/\u{7F}x", "/\u{0B}/evil.example", "/\u{0C}/evil.example",
        "/\u{85}/evil.example", "/\u{A0}/evil.example", "/\u{2028}/evil.example", "/\u{200B}/x", "/\u{FEFF}/x",
        // the same, percent-encoded once or twice
        "/%09/evil.example", "/%0A/evil.example", "/%0d/evil.example", "/%20/evil.example", "/%00",
        "/%2F/evil.example", "/%2f%2fevil.example", "/%5Cevil.example", "/%5cevil.example", "/x%5Cy",
        "%2F%2Fevil.example", "/%252F/evil.example", "/%2509/evil.example", "/%25252F/evil.example",
        "/%E2%80%A8/evil.example", "/%C2%A0/x", "/%E2%80%8B/x",
        // strict on purpose: even a harmless encoded space is refused
        "/search?q=a%20b",
        // malformed escapes and oversize
        "/%", "/%zz", "/%C3", "/" + String(repeating: "a", count: 2048),
        // non-ASCII as written never goes into a Location header
        "/café", "/\u{FF0F}\u{FF0F}evil.example",
        // too many layers to be a real link
        "/%2525252541",
    ])
    func refusesEverythingElse(raw: String) {
        // act
        let result = SafeRedirectPath.validate(raw)
        // assert
        #expect(result == nil)
        #expect(SafeRedirectPath.resolve(raw) == "/")
    }

    @Test func nilFallsBackToRoot() {
        #expect(SafeRedirectPath.validate(nil) == nil)
        #expect(SafeRedirectPath.resolve(nil) == "/")
    }

    @Test func queryValueEncodesEverythingThatCouldEndTheValue() {
        // act
        let encoded = SafeRedirectPath.queryValue("/programmes?tab=mine&page=2#top \"x\"%")
        // assert
        #expect(encoded == "/programmes%3Ftab%3Dmine%26page%3D2%23top%20%22x%22%25")
    }
}
