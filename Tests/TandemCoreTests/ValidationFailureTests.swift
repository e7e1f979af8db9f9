import Testing
@testable import TandemCore

@Suite struct ValidationFailureTests {
    @Test func reportsStableCodeAndFirstMessagePerField() {
        // arrange
        let failure = ValidationFailure([
            FieldError(field: "name", code: "required", message: "Enter a name."),
            FieldError(field: "name", code: "other", message: "Second."),
            FieldError(field: "mode", code: "invalid", message: "Choose formal or informal."),
        ])
        // assert
        #expect(failure.code == "validation.failed")
        #expect(failure.message == "Some fields need attention.")
        #expect(failure.message(for: "name") == "Enter a name.")
        #expect(failure.message(for: "bio") == nil)
        #expect(failure.messagesByField == ["name": "Enter a name.", "mode": "Choose formal or informal."])
    }
}
