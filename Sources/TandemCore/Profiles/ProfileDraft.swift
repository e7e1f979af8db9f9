/// A profile form (or API body) exactly as submitted. `validate()` turns it into a
/// `ValidProfile`. Coding keys are the snake_case form field names.
public struct ProfileDraft: Sendable, Hashable, Codable {
    public var name: String
    public var title: String
    public var department: String
    /// A number 1–10 or a level name such as "Senior manager".
    public var seniority: String
    public var timeZone: String
    /// Comma-separated, such as "English, German".
    public var languages: String
    /// Such as "Swift:3, SQL, public speaking:2".
    public var skillsOffered: String
    public var skillsWanted: String
    /// Motivator raw values, one per ticked checkbox.
    public var motivators: [String]
    public var communicationStyle: String
    public var meetingPreference: String
    public var availabilityHours: String
    public var mentorCapacity: String
    public var bio: String

    public init(
        name: String = "", title: String = "", department: String = "", seniority: String = "",
        timeZone: String = "", languages: String = "", skillsOffered: String = "",
        skillsWanted: String = "", motivators: [String] = [], communicationStyle: String = "",
        meetingPreference: String = "", availabilityHours: String = "",
        mentorCapacity: String = "", bio: String = ""
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

    enum CodingKeys: String, CodingKey {
        case name, title, department, seniority, languages, motivators, bio
        case timeZone = "time_zone"
        case skillsOffered = "skills_offered"
        case skillsWanted = "skills_wanted"
        case communicationStyle = "communication_style"
        case meetingPreference = "meeting_preference"
        case availabilityHours = "availability_hours"
        case mentorCapacity = "mentor_capacity"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: c.draftText(.name), title: c.draftText(.title),
            department: c.draftText(.department), seniority: c.draftText(.seniority),
            timeZone: c.draftText(.timeZone), languages: c.draftText(.languages),
            skillsOffered: c.draftText(.skillsOffered), skillsWanted: c.draftText(.skillsWanted),
            motivators: c.draftList(.motivators),
            communicationStyle: c.draftText(.communicationStyle),
            meetingPreference: c.draftText(.meetingPreference),
            availabilityHours: c.draftText(.availabilityHours),
            mentorCapacity: c.draftText(.mentorCapacity), bio: c.draftText(.bio))
    }
}
