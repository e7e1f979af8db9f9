import TandemCore
import Fluent
import Vapor

enum MeAPI {
    struct MeResponse: APIContent {
        let id: UUID
        let name: String
        let email: String
        let role: String
        let organisationID: UUID
        let csrfToken: String
    }

    struct OrganisationResponse: APIContent {
        let id: UUID
        let name: String
        let slug: String
        let timeZone: String
    }

    @Sendable static func show(req: Request) async throws -> MeResponse {
        let user = try req.requireUser()
        return MeResponse(id: try user.requireID(), name: user.name, email: user.email, role: user.role.rawValue,
                          organisationID: user.organisationID, csrfToken: req.csrfToken)
    }

    @Sendable static func organisation(req: Request) async throws -> OrganisationResponse {
        let user = try req.requireUser()
        let org = try await AccountQueries.organisation(of: user, on: req.db)
        return OrganisationResponse(id: try org.requireID(), name: org.name, slug: org.slug, timeZone: org.timeZone)
    }
}
