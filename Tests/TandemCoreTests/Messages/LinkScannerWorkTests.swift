import Testing
@testable import TandemCore

/// Link detection is linear: asserted on the scanner's own count of steps, never on time.
@Suite struct LinkScannerWorkTests {
    /// Steps allowed per character: a few prefix checks and passes over each character.
    static let stepsPerCharacter = 30

    static func steps(_ text: String) -> (links: [String], steps: Int) {
        var scanner = LinkScanner(text: text)
        let links = scanner.links().map { String(text[$0.range]) }
        return (links, scanner.steps)
    }

    @Test(arguments: [
        "http://a" + String(repeating: ")", count: 3992),
        String(repeating: "http://-", count: 500),
        String(repeating: "www.", count: 1000),
        String(repeating: "(http://x", count: 444) + String(repeating: ")", count: 4),
        String(repeating: "a", count: 4000),
        String(repeating: "http://a ", count: 444),
        String(repeating: "https://", count: 500),
    ])
    func workIsLinearInTheLength(text: String) {
        // act
        let (_, steps) = Self.steps(text)
        // assert
        #expect(steps <= Self.stepsPerCharacter * text.count, "\(steps) steps for \(text.count) characters")
    }

    @Test func theWorstCaseStillFindsTheShortLink() {
        // arrange: a 4,000-character message of "http://a" and closing brackets
        let text = "http://a" + String(repeating: ")", count: 3992)
        // act
        let (links, steps) = Self.steps(text)
        // assert
        #expect(text.count == 4000)
        #expect(links == ["http://a"])
        #expect(steps <= 4 * text.count)
    }

    @Test func doublingTheTextAtMostDoublesTheWork() {
        // arrange
        let short = "http://a" + String(repeating: ")", count: 992)
        let long = "http://a" + String(repeating: ")", count: 1992)
        // act
        let small = Self.steps(short).steps
        let large = Self.steps(long).steps
        // assert
        #expect(large <= 2 * small + 16)
    }

    @Test func anAddressLongerThanTheLimitStaysPlainText() {
        // arrange
        let fits = "https://example.com/" + String(repeating: "a", count: MessageText.maxLinkLength - 20)
        let tooLong = fits + "a"
        // act / assert
        #expect(MessageText.links(in: fits).count == 1)
        #expect(MessageText.links(in: "see \(tooLong) now").isEmpty)
        #expect(!MessageText.html(tooLong).contains("<a "))
    }
}
