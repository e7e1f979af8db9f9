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
        guard let org = try await Organisation.find(user.organisationID, on: req.db) else { throw AccessError.notFound(.organisation) }
        return OrganisationResponse(id: try org.requireID(), name: org.name, slug: org.slug, time_zone: org.timeZone)
    }
}
