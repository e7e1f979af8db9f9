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
    }

    @Sendable static func list(req: Request) async throws -> APIPage<MentorResponse> {
        let user = try req.requireUser()
        let p = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: user, on: req.db)
        let filters = try req.query.decode(MentorFilters.self)
        _ = try req.cursor("after")
        let page = try await MentorBrowseQueries.browse(p, for: user, filters: filters, on: req.db)
        return APIPage(items: page.rows.map {
            MentorResponse(userID: $0.user_id, name: $0.name, title: $0.title, department: $0.department, seniority: $0.seniority,
                           languages: $0.languages, skillsOffered: $0.skills_offered,
                           seatsLeft: $0.seatsLeft,
                           atCapacity: $0.atCapacity)
        }, nextCursor: page.next?.encoded)
    }
}
