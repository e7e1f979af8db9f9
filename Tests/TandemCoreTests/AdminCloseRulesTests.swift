import Testing
@testable import TandemCore

@Suite struct AdminCloseRulesTests {
    @Test func aReasonIsRequiredTrimmedAndShort() throws {
        // arrange
        let long = String(repeating: "a", count: AdminCloseRules.maxReasonLength + 1)
        // act, assert
        #expect(try AdminCloseRules.validate(reason: "  Mentor left the company \n") == "Mentor left the company")
        #expect(throws: ValidationFailure.self) { try AdminCloseRules.validate(reason: "   ") }
        #expect(throws: ValidationFailure.self) { try AdminCloseRules.validate(reason: long) }
        #expect(throws: ValidationFailure.self) { try AdminCloseRules.validate(reason: "bad\u{0}byte") }
    }
}
