import TandemCore
import Vapor

/// What the profile form (or API body) sent, kept as typed so a failed save loses nothing.
struct ProfileForm: Content {
    var name: String?
    var title: String?
    var department: String?
    var seniority: String?
    var time_zone: String?
    var languages: String?
    var skills_offered: String?
    var skills_wanted: String?
    var motivators: [String]?
    var communication_style: String?
    var meeting_preference: String?
    var availability_hours: String?
    var mentor_capacity: String?
    var bio: String?

    var draft: ProfileDraft {
        ProfileDraft(
            name: name ?? "", title: title ?? "", department: department ?? "", seniority: seniority ?? "",
            timeZone: time_zone ?? "", languages: languages ?? "", skillsOffered: skills_offered ?? "",
            skillsWanted: skills_wanted ?? "", motivators: motivators ?? [],
            communicationStyle: communication_style ?? "", meetingPreference: meeting_preference ?? "",
            availabilityHours: availability_hours ?? "", mentorCapacity: mentor_capacity ?? "", bio: bio ?? ""
        )
    }

    init(user: User, profile: Profile) {
        name = user.name
        title = profile.title
        department = profile.department
        seniority = SeniorityLevel.name(for: profile.seniority)
        time_zone = profile.timeZone
        languages = profile.languages
        skills_offered = profile.skillsOffered
        skills_wanted = profile.skillsWanted
        motivators = profile.motivatorList.map(\.rawValue)
        communication_style = profile.communicationStyle.rawValue
        meeting_preference = profile.meetingPreference.rawValue
        availability_hours = String(profile.availabilityHours)
        mentor_capacity = String(profile.mentorCapacity)
        bio = profile.bio
    }
}

extension ProfileForm {
    /// The API sends a whole profile; the draft's fields replace the form's.
    mutating func apply(_ d: ProfileDraft) {
        name = d.name; title = d.title; department = d.department; seniority = d.seniority
        time_zone = d.timeZone; languages = d.languages; skills_offered = d.skillsOffered
        skills_wanted = d.skillsWanted; motivators = d.motivators; communication_style = d.communicationStyle
        meeting_preference = d.meetingPreference; availability_hours = d.availabilityHours
        mentor_capacity = d.mentorCapacity; bio = d.bio
    }
}

struct ProfileContext: Encodable {
    let chrome: PageChrome
    let values: ProfileForm
    let motivators: [Choice]
    let styles: [Choice]
    let meetings: [Choice]
    let seniorityNames: String
    let seatsUsed: Int
    let errors: [String: String]
}
