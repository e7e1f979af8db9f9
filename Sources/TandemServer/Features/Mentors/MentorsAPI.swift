import Fluent
import TandemCore
import Vapor

enum MentorsAPI {
    struct MentorResponse: APIContent {
        let userID: UUID
        let name: String
        let title: String
        let department: String
        let seniority: Int
        let languages: String
        let skillsOffered: String
        let seatsLeft: Int
        let atCapacity: Bool
        /// The median time the mentor took to answer lately; nil when hidden or unknown.
        let typicalResponseSeconds: Int?
        let typicalResponse: String?
        /// Coarse ("Active this week"); nil when the mentor hides it.
        let lastActive: String?
    }

    @Sendable static func list(req: Request) async throws -> APIPage<MentorResponse> {
        let user = try req.requireUser()
        let p = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: user, on: req.db)
        let filters = try req.query.decode(MentorFilters.self)
        _ = try req.cursor("after")
        let page = try await MentorBrowseQueries.browse(p, for: user, filters: filters, on: req.db)
        let now = Date()
        let activity = try await MentorActivityQueries.of(page.rows.filter { !$0.hide_activity }.map(\.user_id), now: now, on: req.db)
        return APIPage(items: page.rows.map {
            let seen = activity[$0.user_id]
            return MentorResponse(userID: $0.user_id, name: $0.name, title: $0.title, department: $0.department, seniority: $0.seniority,
                                  languages: $0.languages, skillsOffered: $0.skills_offered,
                                  seatsLeft: $0.seatsLeft,
                                  atCapacity: $0.atCapacity,
                                  typicalResponseSeconds: seen?.medianResponseSeconds,
                                  typicalResponse: seen?.medianResponseSeconds.map(ResponseTime.label(medianSeconds:)),
                                  lastActive: seen.map { LastActive.label(lastSeen: $0.lastSeen, now: now) })
        }, nextCursor: page.next?.encoded)
    }
}
