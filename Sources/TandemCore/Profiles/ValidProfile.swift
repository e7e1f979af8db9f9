/// A person's profile after validation.
public struct ValidProfile: Sendable, Hashable, Codable {
    public static let maxNameLength = 120
    public static let maxTitleLength = 120
    public static let maxDepartmentLength = 120
    public static let maxLanguageLength = 40
    public static let maxLanguages = 10
    public static let availabilityRange = 0...200
    public static let mentorCapacityRange = 0...20
    public static let maxBioLength = 1000

    public var name: String
    public var title: String
    public var department: String
    /// 1–10; `SeniorityLevel.name(for:)` gives its name.
    public var seniority: Int
    /// A valid `TimeZone` identifier such as "Europe/Berlin".
    public var timeZone: String
    public var languages: [String]
    public var skillsOffered: [SkillTag]
    public var skillsWanted: [SkillTag]
    public var motivators: [Motivator]
    public var communicationStyle: CommunicationStyle
    public var meetingPreference: MeetingPreference
    public var availabilityHours: Int
    /// How many mentees this person takes on across all programmes.
    public var mentorCapacity: Int
    public var bio: String

    public init(
        name: String, title: String, department: String, seniority: Int, timeZone: String,
        languages: [String], skillsOffered: [SkillTag], skillsWanted: [SkillTag],
        motivators: [Motivator], communicationStyle: CommunicationStyle,
        meetingPreference: MeetingPreference, availabilityHours: Int, mentorCapacity: Int,
        bio: String
    ) {
        self.name = name
        self.title = title
        self.department = department
        self.seniority = seniority
        self.timeZone = timeZone
        self.languages = languages
        self.skillsOffered = skillsOffered
        self.skillsWanted = skillsWanted
        self.motivators = motivators
        self.communicationStyle = communicationStyle
        self.meetingPreference = meetingPreference
        self.availabilityHours = availabilityHours
        self.mentorCapacity = mentorCapacity
        self.bio = bio
    }
}

extension ValidProfile {
    /// Back to a draft, to pre-fill an edit form.
    public var draft: ProfileDraft {
        ProfileDraft(
            name: name, title: title, department: department,
            seniority: SeniorityLevel.name(for: seniority), timeZone: timeZone,
            languages: languages.joined(separator: ", "),
            skillsOffered: SkillTagList.format(skillsOffered),
            skillsWanted: SkillTagList.format(skillsWanted),
            motivators: motivators.map(\.rawValue),
            communicationStyle: communicationStyle.rawValue,
            meetingPreference: meetingPreference.rawValue,
            availabilityHours: String(availabilityHours), mentorCapacity: String(mentorCapacity),
            bio: bio)
    }
}
