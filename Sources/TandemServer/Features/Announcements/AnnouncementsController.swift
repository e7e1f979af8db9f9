import Fluent
import TandemCore
import Vapor

/// A programme's announcements: write one to an audience, now or at a set time, and see what
/// went out.
enum AnnouncementsController {
    static func register(_ app: Application) {
        app.get("programmes", ":programmeID", "announcements", use: index)
        app.post("programmes", ":programmeID", "announcements", use: create)
    }

    struct Form: Content {
        var subject: String?
        var body: String?
        var audience: String?
        var channels: [String]?
        var send_date: String?
        var send_time: String?

        var draft: AnnouncementDraft {
            AnnouncementDraft(subject: subject ?? "", body: body ?? "", audience: audience ?? "", channels: channels ?? [],
                              sendDate: send_date ?? "", sendTime: send_time ?? "")
        }
    }

    @Sendable static func index(req: Request) async throws -> View {
        let service = try req.announcementService()
        let programme = try await service.adminProgramme(req.parameters.get("programmeID", as: UUID.self))
        return try await render(req, service: service, programme: programme, draft: AnnouncementDraft())
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let service = try req.announcementService()
        let programme = try await service.adminProgramme(req.parameters.get("programmeID", as: UUID.self))
        let draft = try req.content.decode(Form.self).draft
        do {
            try await service.create(draft, in: programme)
        } catch let failure as ValidationFailure {
            return try await render(req, service: service, programme: programme, draft: draft, failure: failure)
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
        return req.redirect(to: "/programmes/\(try programme.requireID())/announcements?notice=announcement-saved")
    }

    private static func render(_ req: Request, service: AnnouncementService, programme: Programme, draft: AnnouncementDraft,
                               failure: ValidationFailure? = nil) async throws -> View {
        let zone = try await ProgrammeQueries.timeZone(of: service.context.actor, on: req.db).identifier
        let rows = try await service.list(in: programme).map { AnnouncementsContext.Row($0, zone: zone) }
        let (audiences, channels) = AnnouncementsContext.options(draft)
        let errors = Dictionary((failure?.fields ?? []).map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a })
        return try await req.view.render("announcements/index", AnnouncementsContext(
            chrome: PageChrome(request: req, title: "Announcements · \(programme.name)", section: "programmes"),
            programmeID: try programme.requireID().uuidString, programmeName: programme.name, rows: rows, hasRows: !rows.isEmpty,
            subject: draft.subject, body: draft.body, sendDate: draft.sendDate, sendTime: draft.sendTime,
            audiences: audiences, channels: channels, placeholders: PlanPlaceholder.list, errors: errors, hasErrors: failure != nil,
            zone: zone))
    }
}
