import Fluent
import TandemCore
import Vapor

enum ProfilesAPI {
    struct SkillResponse: APIContent {
        let name: String
        let level: Int
    }

    struct ProfileResponse: APIContent {
        let userID: UUID
        let name: String
        let title: String
        let department: String
        let seniority: Int
        let seniorityName: String
        let timeZone: String
        let languages: [String]
        let skillsOffered: [SkillResponse]
        let skillsWanted: [SkillResponse]
        let motivators: [String]
        let communicationStyle: String
        let meetingPreference: String
        let availabilityHours: Int
        let mentorCapacity: Int
        let mentorSeatsUsed: Int
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
            userID: try user.requireID(), name: user.name, title: profile.title, department: profile.department,
            seniority: profile.seniority, seniorityName: SeniorityLevel.name(for: profile.seniority),
            timeZone: profile.timeZone,
            languages: profile.languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
            skillsOffered: skills(profile.skillsOffered), skillsWanted: skills(profile.skillsWanted),
            motivators: profile.motivatorList.map(\.rawValue), communicationStyle: profile.communicationStyle.rawValue,
            meetingPreference: profile.meetingPreference.rawValue, availabilityHours: profile.availabilityHours,
            mentorCapacity: profile.mentorCapacity, mentorSeatsUsed: profile.mentorSeatsUsed, bio: profile.bio
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
