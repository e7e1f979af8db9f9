import Foundation

/// What the matcher knows about one participant in a programme: enough to score a pair and
/// explain the score, and nothing that needs the database.
public struct MatchProfile: Sendable, Hashable {
    public var id: UUID
    public var name: String
    public var department: String
    /// 1–10, as `SeniorityLevel`.
    public var seniority: Int
    public var utcOffsetMinutes: Int
    public var languages: [String]
    public var skillsOffered: [SkillTag]
    public var skillsWanted: [SkillTag]
    public var motivators: [Motivator]
    public var communicationStyle: CommunicationStyle
    public var meetingPreference: MeetingPreference
    public var managerID: UUID?
    /// Free places as a mentor; 0 or less makes the mentor ineligible (`at_capacity`).
    public var seatsLeft: Int

    public init(
        id: UUID, name: String, department: String = "", seniority: Int = 1, utcOffsetMinutes: Int = 0,
        languages: [String] = [], skillsOffered: [SkillTag] = [], skillsWanted: [SkillTag] = [],
        motivators: [Motivator] = [], communicationStyle: CommunicationStyle = .balanced,
        meetingPreference: MeetingPreference = .video, managerID: UUID? = nil, seatsLeft: Int = 1
    ) {
        self.id = id
        self.name = name
        self.department = department
        self.seniority = seniority
        self.utcOffsetMinutes = utcOffsetMinutes
        self.languages = languages
        self.skillsOffered = skillsOffered
        self.skillsWanted = skillsWanted
        self.motivators = motivators
        self.communicationStyle = communicationStyle
        self.meetingPreference = meetingPreference
        self.managerID = managerID
        self.seatsLeft = seatsLeft
    }

    /// "Ana" from "Ana Lima"; explanations use first names.
    public var firstName: String {
        name.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? name
    }
}
