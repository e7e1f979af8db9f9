import Foundation
import Testing
@testable import TandemCore

@Suite struct ConcernRulesTests {
    @Test(arguments: [0, 1, 4])
    func raisesWhileFewerThanFiveAreOpen(open: Int) throws {
        #expect(try ConcernRules.validate("  We keep missing meetings ", openByRaiser: open) == "We keep missing meetings")
    }

    @Test(arguments: [5, 6])
    func theSixthOpenConcernIsRefusedWithAFieldError(open: Int) throws {
        // act
        let failure = try #require(ListCapTests.failure { _ = try ConcernRules.validate("Again", openByRaiser: open) })
        // assert
        #expect(failure.fields.map(\.code) == ["too_many_open"])
        #expect(failure.message(for: "concern")?.contains("5 open concerns") == true)
    }

    @Test(arguments: [
        ("", "required"),
        (String(repeating: "x", count: 2001), "too_long"),
        (String(repeating: "👨‍👩‍👧‍👦", count: 400), "too_long"),
    ])
    func textIsRequiredAndLimited(text: String, code: String) throws {
        let failure = try #require(ListCapTests.failure { _ = try ConcernRules.validate(text, openByRaiser: 0) })
        #expect(failure.fields.first?.code == code)
    }
}
