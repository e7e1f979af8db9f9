import Fluent
import TandemCore
import Vapor

/// The programme's default agreement page, linked from the programme page. Admins only (403);
/// another organisation's programme answers 404.
enum AgreementTemplateController {
    static func register(_ app: Application) {
        let template = app.grouped("programmes", ":programmeID", "agreement-template")
        template.get(use: show)
        template.post(use: save)
    }

    struct Context: Encodable {
        let chrome: PageChrome
        let programmeID: String
        let programmeName: String
        let isDefault: Bool
        let values: AgreementTemplateDraft
        let cadences: [Choice]
        let formats: [Choice]
        let errors: [String: String]
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let service = AgreementTemplateService(context: try req.serviceContext())
        let programme = try await service.adminProgramme(req.parameters.get("programmeID", as: UUID.self))
        return try await render(req, programme, values: AgreementTemplateDraft(programme.agreementTemplate))
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let service = AgreementTemplateService(context: try req.serviceContext())
        let programme = try await service.adminProgramme(req.parameters.get("programmeID", as: UUID.self))
        let draft = try req.content.decode(AgreementTemplateDraft.self)
        do {
            try await service.save(draft, for: programme)
            return req.redirect(to: "/programmes/\(try programme.requireID())/agreement-template?notice=agreement-template-saved")
        } catch let failure as ValidationFailure {
            return try await render(req, programme, values: draft, errors: failure.messagesByField, status: .unprocessableEntity)
        }
    }

    static func render(_ req: Request, _ programme: Programme, values: AgreementTemplateDraft, errors: [String: String] = [:],
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        try await req.page("agreements/template", Context(
            chrome: PageChrome(request: req, title: "Default agreement: \(programme.name)", section: "programmes"),
            programmeID: try programme.requireID().uuidString, programmeName: programme.name,
            isDefault: !programme.hasOwnAgreementTemplate, values: values,
            cadences: Choice.list(Cadence.self, selected: values.cadence) { $0.label },
            formats: Choice.list(MeetingFormat.self, selected: values.format) { $0.label },
            errors: errors), status: status)
    }
}
