import Testing
@testable import TandemCore

@Suite struct ProfileDraftTests {
    static let good = ProfileDraft(
        name: " Ada Lovelace ", title: "Engineer", department: "Platform", seniority: "senior manager",
        timeZone: "Europe/Berlin", languages: "English, german, English , ,German",
        skillsOffered: "Swift:3, SQL", skillsWanted: "public speaking:2",
        motivators: ["giving_back", "leadership", "giving_back"], communicationStyle: "direct",
        meetingPreference: "in_person", availabilityHours: "4", mentorCapacity: "2", bio: "Hi.")

    @Test func validProfile() throws {
        // act
        let valid = try Self.good.validate()
        // assert
        #expect(valid.name == "Ada Lovelace")
        #expect(valid.seniority == 8)
        #expect(valid.timeZone == "Europe/Berlin")
        #expect(valid.languages == ["English", "german"])
        #expect(valid.skillsOffered == [SkillTag(name: "Swift", level: 3), SkillTag(name: "SQL", level: 1)])
        #expect(valid.skillsWanted == [SkillTag(name: "public speaking", level: 2)])
        #expect(valid.motivators == [.givingBack, .leadership])
        #expect(valid.communicationStyle == .direct)
        #expect(valid.meetingPreference == .inPerson)
        #expect(valid.availabilityHours == 4)
        #expect(valid.mentorCapacity == 2)
    }

    @Test func numericSeniorityAndZeroLimitsAreFine() throws {
        var draft = Self.good
        draft.seniority = "3"
        draft.availabilityHours = "0"
        draft.mentorCapacity = "0"
        draft.motivators = []
        let valid = try draft.validate()
        #expect(valid.seniority == 3)
        #expect(valid.mentorCapacity == 0)
        #expect(valid.motivators.isEmpty)
    }

    @Test(arguments: [
        (\ProfileDraft.name, " ", "name"),
        (\.name, String(repeating: "n", count: 121), "name"),
        (\.title, String(repeating: "t", count: 121), "title"),
        (\.department, String(repeating: "d", count: 121), "department"),
        (\.seniority, "11", "seniority"),
        (\.seniority, "", "seniority"),
        (\.timeZone, "Mars/Olympus", "time_zone"),
        (\.timeZone, "", "time_zone"),
        (\.languages, " , ", "languages"),
        (\.languages, String(repeating: "l", count: 41), "languages"),
        (\.skillsOffered, "Swift:9", "skills_offered"),
        (\.skillsWanted, String(repeating: "s", count: 41), "skills_wanted"),
        (\.communicationStyle, "shouty", "communication_style"),
        (\.meetingPreference, "", "meeting_preference"),
        (\.availabilityHours, "201", "availability_hours"),
        (\.availabilityHours, "-1", "availability_hours"),
        (\.mentorCapacity, "21", "mentor_capacity"),
        (\.mentorCapacity, "", "mentor_capacity"),
        (\.bio, String(repeating: "b", count: 1001), "bio"),
    ] as [(WritableKeyPath<ProfileDraft, String> & Sendable, String, String)])
    func reportsEachBadField(keyPath: WritableKeyPath<ProfileDraft, String> & Sendable, value: String, field: String) {
        // arrange
        var draft = Self.good
        draft[keyPath: keyPath] = value
        // act + assert
        #expect(failedFields { _ = try draft.validate() } == [field])
    }

    @Test func unknownMotivatorIsAnError() {
        var draft = Self.good
        draft.motivators = ["leadership", "fame"]
        #expect(failedFields { _ = try draft.validate() } == ["motivators"])
    }

    @Test func reportsAllErrorsTogether() {
        // act
        let fields = failedFields { _ = try ProfileDraft(motivators: ["nope"]).validate() }
        // assert
        #expect(fields == [
            "availability_hours", "communication_style", "languages", "meeting_preference",
            "mentor_capacity", "motivators", "name", "seniority", "time_zone",
        ])
    }

    @Test func draftRoundTripsThroughValidProfile() throws {
        let valid = try Self.good.validate()
        #expect(try valid.draft.validate() == valid)
    }
}
