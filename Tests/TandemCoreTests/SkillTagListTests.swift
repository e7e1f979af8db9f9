import Testing
@testable import TandemCore

@Suite struct SkillTagListTests {
    @Test func parsesLevelsDefaultsAndSpacing() throws {
        // act
        let tags = try SkillTagList.parse("Swift:3, SQL, public speaking : 2,, ").get()
        // assert
        #expect(tags == [
            SkillTag(name: "Swift", level: 3), SkillTag(name: "SQL", level: 1),
            SkillTag(name: "public speaking", level: 2),
        ])
    }

    @Test func emptyInputIsAnEmptyList() throws {
        #expect(try SkillTagList.parse("  ").get().isEmpty)
    }

    @Test func keepsFirstOfCaseInsensitiveDuplicates() throws {
        let tags = try SkillTagList.parse("Swift:2, swift:3, SWIFT").get()
        #expect(tags == [SkillTag(name: "Swift", level: 2)])
    }

    @Test func formatRoundTrips() throws {
        // arrange
        let tags = [SkillTag(name: "Swift", level: 3), SkillTag(name: "SQL", level: 1)]
        // act
        let text = SkillTagList.format(tags)
        // assert
        #expect(text == "Swift:3, SQL:1")
        #expect(try SkillTagList.parse(text).get() == tags)
    }

    @Test(arguments: [
        ("Swift:4", "invalid_level"),
        ("Swift:0", "invalid_level"),
        ("Swift:abc", "invalid_level"),
        (":2", "invalid"),
        (String(repeating: "x", count: 41), "too_long"),
        ((1...SkillTagList.maxCount + 1).map { "skill\($0)" }.joined(separator: ","), "too_many"),
    ])
    func rejectsBadInput(raw: String, code: String) {
        // act
        let result = SkillTagList.parse(raw, field: "skills_wanted")
        // assert
        guard case .failure(let error) = result else {
            Issue.record("expected a failure for \(raw)")
            return
        }
        #expect(error.code == code)
        #expect(error.field == "skills_wanted")
    }

    @Test func acceptsLimits() throws {
        let twenty = (1...20).map { "skill\($0)" }.joined(separator: ", ")
        #expect(try SkillTagList.parse(twenty).get().count == 20)
        let longest = String(repeating: "x", count: 40)
        #expect(try SkillTagList.parse(longest + ":3").get() == [SkillTag(name: longest, level: 3)])
    }
}
