import Fluent
import TandemCore
import Vapor

/// Everything that changes invitations: an admin invites, resends and revokes; the invited
/// person accepts. Each writes its outbox email and audit entry in the same transaction.
struct InvitationService {
    static let lifetime: TimeInterval = 7 * 24 * 3600

    let context: ServiceContext
    /// The secret that keys tokens and the address links point at.
    let settings: AppSettings

    /// Invites `rawEmail` as `rawRole`; returns the invitation and its link, which is shown once.
    func invite(email rawEmail: String?, role rawRole: String?) async throws -> (Invitation, String) {
        let admin = try requireAdmin()
        var errors: [FieldError] = []
        let email = Email.normalise(rawEmail ?? "")
        if email == nil { errors.append(FieldError(field: "email", .invalid, message: "Enter an email address like name@example.com.")) }
        let role = UserRole(rawValue: rawRole ?? "")
        if role == nil { errors.append(FieldError(field: "role", .invalid, message: "Choose a role.")) }
        guard errors.isEmpty, let email, let role else { throw ValidationFailure(errors) }
        let orgID = admin.organisationID
        if try await InvitationQueries.hasAccount(email, in: orgID, on: context.db) {
            throw ValidationFailure([FieldError(field: "email", .taken, message: "\(email) already has an account in your organisation.")])
        }
        let token = Tokens.random()
        let invitation = Invitation(
            organisationID: orgID, email: email, role: role, tokenHash: hash(token),
            invitedBy: try admin.requireID(), expiresAt: Date().addingTimeInterval(Self.lifetime)
        )
        let link = self.link(token)
        try await context.db.transaction { db in
            try await invitation.save(on: db)
            try await Self.queueEmail(for: invitation, link: link, inviter: admin, on: db)
            try await Audit.record("invitation.created", organisationID: orgID, actorID: admin.id,
                                   target: "invitation", targetID: invitation.id, details: "\(email) as \(role.rawValue)", on: db)
        }
        return (invitation, link)
    }

    /// A resend replaces the token, so an older link that leaked stops working.
    func resend(_ invitation: Invitation) async throws -> String {
        let admin = try requireAdmin()
        guard invitation.acceptedAt == nil else { throw InvitationError.alreadyAccepted }
        let token = Tokens.random()
        invitation.tokenHash = hash(token)
        invitation.expiresAt = Date().addingTimeInterval(Self.lifetime)
        invitation.revokedAt = nil
        let link = self.link(token)
        try await context.db.transaction { db in
            try await invitation.save(on: db)
            try await Self.queueEmail(for: invitation, link: link, inviter: admin, on: db)
            try await Audit.record("invitation.resent", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "invitation", targetID: invitation.id, details: invitation.email, on: db)
        }
        return link
    }

    /// Revokes a pending invitation; any other changes nothing.
    func revoke(_ invitation: Invitation) async throws {
        let admin = try requireAdmin()
        guard invitation.state(now: Date()) == .pending else { return }
        invitation.revokedAt = Date()
        try await invitation.save(on: context.db)
        try await Audit.record("invitation.revoked", organisationID: admin.organisationID, actorID: admin.id,
                               target: "invitation", targetID: invitation.id, details: invitation.email, on: context.db)
    }

    /// The invited person joins: their account and profile, and the invitation spent, at once.
    /// Nobody is signed in yet, so this takes the database rather than a service context.
    static func accept(_ invitation: Invitation, org: Organisation, name: String, passwordHash hash: String,
                       on db: any Database) async throws -> User {
        try await db.transaction { db in
            let orgID = try org.requireID()
            if try await InvitationQueries.hasAccount(invitation.email, in: orgID, on: db) { throw AccountError.alreadyExists }
            let user = User(organisationID: orgID, email: invitation.email, name: name, passwordHash: hash, role: invitation.role)
            try await user.save(on: db)
            try await Profile(organisationID: orgID, userID: try user.requireID(), timeZone: org.timeZone).save(on: db)
            invitation.acceptedAt = Date()
            try await invitation.save(on: db)
            try await Audit.record("invitation.accepted", organisationID: orgID, actorID: user.id,
                                   target: "invitation", targetID: invitation.id, details: invitation.email, on: db)
            return user
        }
    }

    private func hash(_ token: String) -> String {
        Tokens.hash(token, secret: settings.secret, purpose: "invitation")
    }

    private func link(_ token: String) -> String {
        "\(settings.publicURL)/invitations/\(token)"
    }

    private func requireAdmin() throws -> User {
        guard context.actor.isAdmin else { throw AccessError.forbidden }
        return context.actor
    }

    private static func queueEmail(for invitation: Invitation, link: String, inviter: User, on db: any Database) async throws {
        try await Outbox.queue(OutboxMessage(
            organisationID: invitation.organisationID, toEmail: invitation.email,
            subject: "\(inviter.name) invited you to Tandem",
            body: "\(inviter.name) invited you to join their mentoring programmes on Tandem.\n\nSet your password here: \(link)\n\nThe link works for 7 days.",
            idempotencyKey: "invitation:\(invitation.id?.uuidString ?? ""):\(invitation.tokenHash)",
            isSecret: true
        ), on: db)
    }
}

extension Request {
    func invitationService() throws -> InvitationService {
        InvitationService(context: try adminServiceContext(), settings: application.settings)
    }
}
