import Testing
@testable import TandemCore

@Suite struct PasswordPolicyTests {
    @Test(arguments: [
        ("", "too_short"),
        ("123456789", "too_short"),
        ("1234567890", nil),
        ("          ", nil),
        (String(repeating: "x", count: 128), nil),
        (String(repeating: "x", count: 129), "too_long"),
    ] as [(String, String?)])
    func checksLength(password: String, expectedCode: String?) {
        // act
        let error = PasswordPolicy.validate(password)
        // assert
        #expect(error?.code == expectedCode)
        if let error { #expect(error.field == "password") }
    }
}
