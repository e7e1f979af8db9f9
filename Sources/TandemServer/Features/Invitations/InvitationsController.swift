import Fluent
import TandemCore
import Vapor

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
        let admin = try req.requireAdmin()
        let form = try req.content.decode(InviteForm.self)
        var errors: [String: String] = [:]
        let email = Email.normalise(form.email ?? "")
        if email == nil { errors["email"] = "Enter an email address like name@example.com." }
        let role = UserRole(rawValue: form.role ?? "")
        if role == nil { errors["role"] = "Choose a role." }
        if errors.isEmpty, let email, let role {
            do {
                let (invitation, link) = try await InvitationQueries.invite(email: email, role: role, by: admin, request: req)
                return try await render(req, admin: admin, form: InviteForm(role: "participant"), errors: [:],
                                        link: link, linkFor: invitation.email).encodeResponse(for: req)
            } catch let failure as ValidationFailure {
                errors = failure.byField
            }
        }
        let response = try await render(req, admin: admin, form: form, errors: errors, link: nil).encodeResponse(for: req)
        response.status = .unprocessableEntity
        return response
    }

    @Sendable static func resend(req: Request) async throws -> View {
        let admin = try req.requireAdmin()
        let invitation = try await find(req, admin: admin)
        guard invitation.acceptedAt == nil else {
            throw AppError.conflict("invitation.accepted", "This invitation was already accepted.")
        }
        let link = try await InvitationQueries.resend(invitation, by: admin, request: req)
        return try await render(req, admin: admin, form: InviteForm(role: "participant"), errors: [:], link: link, linkFor: invitation.email)
    }

    @Sendable static func revoke(req: Request) async throws -> Response {
        let admin = try req.requireAdmin()
        let invitation = try await find(req, admin: admin)
        if invitation.state(now: Date()) == .pending {
            try await InvitationQueries.revoke(invitation, by: admin, on: req.db)
        }
        return req.redirect(to: "/admin/invitations?notice=invitation-revoked")
    }

    static func find(_ req: Request, admin: User) async throws -> Invitation {
        guard let id = req.parameters.get("id", as: UUID.self),
              let invitation = try await Invitation.query(on: req.db)
                .filter(\.$id == id).filter(\.$organisationID == admin.organisationID).first()
        else { throw AccessError.notFound(.invitation) }
        return invitation
    }

    static func render(_ req: Request, admin: User, form: InviteForm, errors: [String: String], link: String?, linkFor: String? = nil) async throws -> View {
        let org = try await Organisation.find(admin.organisationID, on: req.db)
        let invitations = try await Invitation.query(on: req.db)
            .filter(\.$organisationID == admin.organisationID)
            .sort(\.$createdAt, .descending).limit(200).all()
        let now = Date()
        let rows = invitations.map { inv in
            let state = inv.state(now: now)
            return InvitationsContext.Row(
                id: inv.id?.uuidString ?? "", email: inv.email, role: inv.role.rawValue, state: state.rawValue,
                isPending: state == .pending, canResend: state != .accepted,
                created: DateText.short(inv.createdAt, timeZone: org?.timeZone ?? "UTC")
            )
        }
        return try await req.view.render("invitations/index", InvitationsContext(
            chrome: PageChrome(request: req, title: "Invitations", section: "invitations"),
            rows: rows, email: form.email ?? "", role: form.role ?? "participant", errors: errors,
            createdLink: link, createdFor: linkFor
        ))
    }
}
