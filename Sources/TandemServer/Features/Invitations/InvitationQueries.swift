import Fluent
import TandemCore
import Vapor

enum InvitationQueries {
    static let lifetime: TimeInterval = 7 * 24 * 3600

    /// Creates an invitation and its outbox email; returns the link, which is shown once.
    static func invite(email: String, role: UserRole, by admin: User, request: Request) async throws -> (Invitation, String) {
        let orgID = admin.organisationID
        let alreadyMember = try await User.query(on: request.db)
            .filter(\.$organisationID == orgID).filter(\.$email == email).count() > 0
        if alreadyMember {
            throw ValidationFailure([FieldError(field: "email", code: "taken", message: "\(email) already has an account in your organisation.")])
        }
        let token = Tokens.random()
        let invitation = Invitation(
            organisationID: orgID, email: email, role: role,
            tokenHash: Tokens.hash(token, secret: request.application.settings.secret, purpose: "invitation"),
            invitedBy: try admin.requireID(), expiresAt: Date().addingTimeInterval(lifetime)
        )
        let link = "\(request.application.settings.publicURL)/invitations/\(token)"
        try await request.db.transaction { db in
            try await invitation.save(on: db)
            try await queueEmail(for: invitation, link: link, inviter: admin, on: db)
            try await Audit.record("invitation.created", organisationID: orgID, actorID: admin.id,
                                   target: "invitation", targetID: invitation.id, details: "\(email) as \(role.rawValue)", on: db)
        }
        return (invitation, link)
    }

    /// A resend replaces the token, so an older link that leaked stops working.
    static func resend(_ invitation: Invitation, by admin: User, request: Request) async throws -> String {
        let token = Tokens.random()
        invitation.tokenHash = Tokens.hash(token, secret: request.application.settings.secret, purpose: "invitation")
        invitation.expiresAt = Date().addingTimeInterval(lifetime)
        invitation.revokedAt = nil
        let link = "\(request.application.settings.publicURL)/invitations/\(token)"
        try await request.db.transaction { db in
            try await invitation.save(on: db)
            try await queueEmail(for: invitation, link: link, inviter: admin, on: db)
            try await Audit.record("invitation.resent", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "invitation", targetID: invitation.id, details: invitation.email, on: db)
        }
        return link
    }

    static func revoke(_ invitation: Invitation, by admin: User, on db: any Database) async throws {
        invitation.revokedAt = Date()
        try await invitation.save(on: db)
        try await Audit.record("invitation.revoked", organisationID: admin.organisationID, actorID: admin.id,
                               target: "invitation", targetID: invitation.id, details: invitation.email, on: db)
    }

    static func accept(_ invitation: Invitation, org: Organisation, name: String, password: String, request: Request) async throws -> User {
        let hash = try await request.passwordHashing.hash(password)
        return try await request.db.transaction { db in
            let orgID = try org.requireID()
            let exists = try await User.query(on: db).filter(\.$organisationID == orgID)
                .filter(\.$email == invitation.email).count() > 0
            if exists { throw AppError.conflict("user.exists", "An account with this email already exists. Sign in instead.") }
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

    private static func queueEmail(for invitation: Invitation, link: String, inviter: User, on db: any Database) async throws {
        try await OutboxMessage(
            organisationID: invitation.organisationID, toEmail: invitation.email,
            subject: "\(inviter.name) invited you to Tandem",
            body: "\(inviter.name) invited you to join their mentoring programmes on Tandem.\n\nSet your password here: \(link)\n\nThe link works for 7 days.",
            idempotencyKey: "invitation:\(invitation.id?.uuidString ?? ""):\(invitation.tokenHash)"
        ).save(on: db)
    }
}
