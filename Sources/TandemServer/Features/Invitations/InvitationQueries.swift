import Fluent
import TandemCore
import Vapor

/// Every read of invitations, for the admin's list and the join page.
enum InvitationQueries {
    static let listLimit = 200

    /// An invitation of the admin's organisation; 404 otherwise.
    static func find(_ id: UUID?, for admin: User, on db: any Database) async throws -> Invitation {
        guard let id,
              let invitation = try await Invitation.query(on: db)
                .filter(\.$id == id).filter(\.$organisationID == admin.organisationID).first()
        else { throw AccessError.notFound(.invitation) }
        return invitation
    }

    /// The organisation's invitations, newest first.
    static func recent(organisationID: UUID, on db: any Database) async throws -> [Invitation] {
        try await Invitation.query(on: db).filter(\.$organisationID == organisationID)
            .sort(\.$createdAt, .descending).limit(listLimit).all()
    }

    /// The invitation a link's token opens, with its organisation, if it can still be used:
    /// 404 for no such link, 410 `invitation.unavailable` once used, revoked or expired.
    static func pending(token: String, secret: String, on db: any Database) async throws -> (Invitation, Organisation) {
        let hash = Tokens.hash(token, secret: secret, purpose: "invitation")
        guard let invitation = try await Invitation.query(on: db).filter(\.$tokenHash == hash).first(),
              let org = try await Organisation.find(invitation.organisationID, on: db) else {
            throw AccessError.notFound(.invitation)
        }
        guard invitation.state(now: Date()) == .pending else { throw InvitationError.unavailable }
        return (invitation, org)
    }

    static func hasAccount(_ email: String, in organisationID: UUID, on db: any Database) async throws -> Bool {
        try await User.query(on: db).filter(\.$organisationID == organisationID).filter(\.$email == email).count() > 0
    }
}
