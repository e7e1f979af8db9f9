import Fluent
import Foundation
import TandemCore

/// One per user. The display name lives on `User`; lists are stored as text the user can read,
/// plus lower-cased `…_key` columns (",swift,sql,") that the browse filters match on.
final class Profile: Model, @unchecked Sendable {
    static let schema = "profiles"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "user_id") var userID: UUID
    @Field(key: "title") var title: String
    @Field(key: "department") var department: String
    @Field(key: "seniority") var seniority: Int
    @Field(key: "time_zone") var timeZone: String
    @Field(key: "languages") var languages: String
    @Field(key: "languages_key") var languagesKey: String
    @Field(key: "skills_offered") var skillsOffered: String
    @Field(key: "skills_offered_key") var skillsOfferedKey: String
    @Field(key: "skills_wanted") var skillsWanted: String
    @Field(key: "motivators") var motivators: String
    @Field(key: "communication_style") var communicationStyle: CommunicationStyle
    @Field(key: "meeting_preference") var meetingPreference: MeetingPreference
    @Field(key: "availability_hours") var availabilityHours: Int
    @Field(key: "mentor_capacity") var mentorCapacity: Int
    @Field(key: "mentor_seats_used") var mentorSeatsUsed: Int
    @Field(key: "bio") var bio: String
    /// Away through this local date (`YYYY-MM-DD`), inclusive; nil when not away (`AwayWindow`).
    @OptionalField(key: "away_until") var awayUntil: String?
    @OptionalField(key: "away_note") var awayNote: String?
    /// Browse hides this person's typical response time and last activity.
    @Field(key: "hide_activity") var hideActivity: Bool
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    /// A starting profile for a new account, so nobody meets an empty required form.
    init(organisationID: UUID, userID: UUID, timeZone: String) {
        self.organisationID = organisationID
        self.userID = userID
        self.title = ""
        self.department = ""
        self.seniority = 3
        self.timeZone = timeZone
        self.communicationStyle = .balanced
        self.meetingPreference = .video
        self.availabilityHours = 4
        self.mentorCapacity = 2
        self.mentorSeatsUsed = 0
        self.bio = ""
        self.hideActivity = false
        self.languages = ""
        self.languagesKey = ","
        self.skillsOffered = ""
        self.skillsOfferedKey = ","
        self.skillsWanted = ""
        self.motivators = ""
        setLanguages(["English"])
    }

    func apply(_ valid: ValidProfile) {
        title = valid.title
        department = valid.department
        seniority = valid.seniority
        timeZone = valid.timeZone
        setLanguages(valid.languages)
        skillsOffered = SkillTagList.format(valid.skillsOffered)
        skillsOfferedKey = Self.key(valid.skillsOffered.map(\.name))
        skillsWanted = SkillTagList.format(valid.skillsWanted)
        motivators = valid.motivators.map(\.rawValue).joined(separator: ",")
        communicationStyle = valid.communicationStyle
        meetingPreference = valid.meetingPreference
        availabilityHours = valid.availabilityHours
        mentorCapacity = valid.mentorCapacity
        bio = valid.bio
    }

    func setLanguages(_ list: [String]) {
        languages = list.joined(separator: ", ")
        languagesKey = Self.key(list)
    }

    var motivatorList: [Motivator] {
        motivators.split(separator: ",").compactMap { Motivator(rawValue: String($0)) }
    }

    var availability: Availability {
        get { Availability(awayUntil: awayUntil.flatMap(LocalDate.init(iso:)), awayNote: awayNote, hideActivity: hideActivity) }
        set {
            awayUntil = newValue.awayUntil?.iso
            awayNote = newValue.awayNote
            hideActivity = newValue.hideActivity
        }
    }

    /// ",a,b," so that `LIKE '%,a,%'` matches whole entries only.
    static func key(_ items: [String]) -> String {
        "," + items.map { $0.lowercased() }.joined(separator: ",") + ","
    }
}
