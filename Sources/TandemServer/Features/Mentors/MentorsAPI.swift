import Fluent
import TandemCore
import Vapor

enum MentorsAPI {
    struct MentorResponse: Content {
        let user_id: UUID
        let name: String
        let title: String
        let department: String
        let seniority: Int
        let languages: String
        let skills_offered: String
        let seats_left: Int
        let at_capacity: Bool
    }

    @Sendable static func list(req: Request) async throws -> APIPage<MentorResponse> {
        let user = try req.requireUser()
        let p = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: user, on: req.db)
        let filters = try req.query.decode(MentorFilters.self)
        _ = try req.cursor("after")
        let page = try await MentorBrowseQueries.browse(p, for: user, filters: filters, on: req.db)
        return APIPage(items: page.rows.map {
            MentorResponse(user_id: $0.user_id, name: $0.name, title: $0.title, department: $0.department, seniority: $0.seniority,
                           languages: $0.languages, skills_offered: $0.skills_offered,
                           seats_left: $0.seatsLeft,
                           at_capacity: $0.atCapacity)
        }, next_cursor: page.next?.encoded)
    }
}
