import Testing
@testable import TandemCore

@Suite struct SlugTests {
    @Test(arguments: [
        ("Acme Corp", "acme-corp"),
        ("  Café & Co. ", "cafe-co"),
        ("Über--Nett!!", "uber-nett"),
        ("2024 Cohort", "2024-cohort"),
        ("", "org"),
        ("!!!", "org"),
        ("日本", "org"),
    ])
    func makesSlugs(text: String, expected: String) {
        #expect(Slug.make(from: text) == expected)
    }

    @Test func capsLengthWithoutTrailingHyphen() {
        // arrange: the 60th character falls on a hyphen
        let text = String(repeating: "a", count: 59) + " bcd"
        // act
        let slug = Slug.make(from: text)
        // assert
        #expect(slug == String(repeating: "a", count: 59))
    }
}
