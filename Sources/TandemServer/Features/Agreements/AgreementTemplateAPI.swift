import Fluent
import TandemCore
import Vapor

/// A programme's default agreement over the API. Admins only (403 for participants); another
/// organisation's programme answers 404.
enum AgreementTemplateAPI {
    static let routes: [APIRoute] = [
        APIRoute(.GET, "programmes/:programmeID/agreement-template", .admin, use: show,
                 "The programme's default agreement, which new pairs start from (admin)", tag: "agreements",
                 response: "AgreementTemplate", errors: [401, 403, 404]),
        APIRoute(.PUT, "programmes/:programmeID/agreement-template", .admin, use: save,
                 "Replace the programme's default agreement (admin)", tag: "agreements",
                 body: "AgreementTemplateDraft", response: "AgreementTemplate", errors: APIRoute.write),
    ]

    struct Response: APIContent {
        let programmeID: UUID
        /// True while the programme uses Tandem's own default.
        let isDefault: Bool
        let cadence: String
        let customDays: Int?
        let format: String
        let confidentiality: String
        let feedback: String
        let reviewAfterDays: Int

        init(_ programme: Programme) throws {
            let t = programme.agreementTemplate
            programmeID = try programme.requireID()
            isDefault = !programme.hasOwnAgreementTemplate
            cadence = t.rhythm.cadence.rawValue
            customDays = t.rhythm.customDays
            format = t.format.rawValue
            confidentiality = t.confidentiality
            feedback = t.feedback
            reviewAfterDays = t.reviewAfterDays
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let service = AgreementTemplateService(context: try req.adminServiceContext())
        return try Response(try await service.adminProgramme(req.parameters.get("programmeID", as: UUID.self)))
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let service = AgreementTemplateService(context: try req.adminServiceContext())
        let programme = try await service.adminProgramme(req.parameters.get("programmeID", as: UUID.self))
        try await service.save(try req.content.decode(AgreementTemplateDraft.self), for: programme)
        return try Response(programme)
    }
}
