import TandemCore
import Fluent
import Vapor

enum MeAPI {
    struct MeResponse: Content {
        let id: UUID
        let name: String
        let email: String
        let role: String
        let organisation_id: UUID
        let csrf_token: String
    }

    struct OrganisationResponse: Content {
        let id: UUID
        let name: String
        let slug: String
        let time_zone: String
    }

    @Sendable static func show(req: Request) async throws -> MeResponse {
        let user = try req.requireUser()
        return MeResponse(id: try user.requireID(), name: user.name, email: user.email, role: user.role.rawValue,
                          organisation_id: user.organisationID, csrf_token: req.csrfToken)
    }

    @Sendable static func organisation(req: Request) async throws -> OrganisationResponse {
        let user = try req.requireUser()
        let org = try await AccountQueries.organisation(of: user, on: req.db)
        return OrganisationResponse(id: try org.requireID(), name: org.name, slug: org.slug, time_zone: org.timeZone)
    }
}
