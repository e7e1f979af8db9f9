import Fluent
import TandemCore
import Vapor

enum ProfilesAPI {
    struct SkillResponse: Content {
        let name: String
        let level: Int
    }

    struct ProfileResponse: Content {
        let user_id: UUID
        let name: String
        let title: String
        let department: String
        let seniority: Int
        let seniority_name: String
        let time_zone: String
        let languages: [String]
        let skills_offered: [SkillResponse]
        let skills_wanted: [SkillResponse]
        let motivators: [String]
        let communication_style: String
        let meeting_preference: String
        let availability_hours: Int
        let mentor_capacity: Int
        let mentor_seats_used: Int
        let bio: String
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "profile", .member, use: mine, "My profile", tag: "profiles", response: "Profile", errors: [401]),
        APIRoute(.PUT, "profile", .member, use: update, "Replace my profile", tag: "profiles",
                 body: "ProfileInput", response: "Profile", errors: APIRoute.write),
        APIRoute(.GET, "profiles/:userID", .member, use: show, "Someone's profile in my organisation", tag: "profiles",
                 response: "Profile"),
    ]

    static func response(user: User, profile: Profile) throws -> ProfileResponse {
        func skills(_ raw: String) -> [SkillResponse] {
            ((try? SkillTagList.parse(raw).get()) ?? []).map { SkillResponse(name: $0.name, level: $0.level) }
        }
        return ProfileResponse(
            user_id: try user.requireID(), name: user.name, title: profile.title, department: profile.department,
            seniority: profile.seniority, seniority_name: SeniorityLevel.name(for: profile.seniority),
            time_zone: profile.timeZone,
            languages: profile.languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
            skills_offered: skills(profile.skillsOffered), skills_wanted: skills(profile.skillsWanted),
            motivators: profile.motivatorList.map(\.rawValue), communication_style: profile.communicationStyle.rawValue,
            meeting_preference: profile.meetingPreference.rawValue, availability_hours: profile.availabilityHours,
            mentor_capacity: profile.mentorCapacity, mentor_seats_used: profile.mentorSeatsUsed, bio: profile.bio
        )
    }

    @Sendable static func mine(req: Request) async throws -> ProfileResponse {
        let service = ProfileService(context: try req.serviceContext())
        return try response(user: service.context.actor, profile: try await service.mine())
    }

    @Sendable static func update(req: Request) async throws -> ProfileResponse {
        let service = ProfileService(context: try req.serviceContext())
        let profile = try await service.replace(with: try req.content.decode(ProfileDraft.self))
        return try response(user: service.context.actor, profile: profile)
    }

    @Sendable static func show(req: Request) async throws -> ProfileResponse {
        let viewer = try req.requireUser()
        let id = try req.uuidParameter("userID", .profile)
        let user = try await ProfileQueries.person(id, for: viewer, on: req.db)
        return try response(user: user, profile: try await ProfileQueries.profile(of: user, on: req.db))
    }
}
