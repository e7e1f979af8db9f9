import Fluent
import TandemCore
import Vapor

/// The admin's invitations page: invite someone, see who was invited, resend or revoke.
enum InvitationsController {
    static func register(_ app: Application) {
        let admin = app.grouped("admin", "invitations")
        admin.get(use: index)
        admin.post(use: create)
        admin.post(":id", "resend", use: resend)
        admin.post(":id", "revoke", use: revoke)
    }

    @Sendable static func index(req: Request) async throws -> View {
        let admin = try req.requireAdmin()
        return try await render(req, admin: admin, form: InviteForm(role: "participant"), errors: [:], link: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let service = try req.invitationService()
        let admin = service.context.actor
        let form = try req.content.decode(InviteForm.self)
        do {
            let (invitation, link) = try await service.invite(email: form.email, role: form.role)
            return try await render(req, admin: admin, form: InviteForm(role: "participant"), errors: [:],
                                    link: link, linkFor: invitation.email).encodeResponse(for: req)
        } catch let failure as ValidationFailure {
            let response = try await render(req, admin: admin, form: form, errors: failure.byField, link: nil).encodeResponse(for: req)
            response.status = .unprocessableEntity
            return response
        }
    }

    @Sendable static func resend(req: Request) async throws -> View {
        let service = try req.invitationService()
        let admin = service.context.actor
        let invitation = try await InvitationQueries.find(req.parameters.get("id", as: UUID.self), for: admin, on: req.db)
        let link = try await service.resend(invitation)
        return try await render(req, admin: admin, form: InviteForm(role: "participant"), errors: [:], link: link, linkFor: invitation.email)
    }

    @Sendable static func revoke(req: Request) async throws -> Response {
        let service = try req.invitationService()
        let invitation = try await InvitationQueries.find(req.parameters.get("id", as: UUID.self), for: service.context.actor, on: req.db)
        try await service.revoke(invitation)
        return req.redirect(to: "/admin/invitations?notice=invitation-revoked")
    }

    static func render(_ req: Request, admin: User, form: InviteForm, errors: [String: String], link: String?, linkFor: String? = nil) async throws -> View {
        let zone = try await ProgrammeQueries.timeZone(of: admin, on: req.db).identifier
        let invitations = try await InvitationQueries.recent(organisationID: admin.organisationID, on: req.db)
        let now = Date()
        let rows = invitations.map { inv in
            let state = inv.state(now: now)
            return InvitationsContext.Row(
                id: inv.id?.uuidString ?? "", email: inv.email, role: inv.role.rawValue, state: state.rawValue,
                isPending: state == .pending, canResend: state != .accepted,
                created: DateText.short(inv.createdAt, timeZone: zone)
            )
        }
        let role = form.role ?? "participant"
        return try await req.view.render("invitations/index", InvitationsContext(
            chrome: PageChrome(request: req, title: "Invitations", section: "invitations"),
            rows: rows, email: form.email ?? "", roles: Choice.roles(selected: role), errors: errors,
            createdLink: link, createdFor: linkFor
        ))
    }
}
