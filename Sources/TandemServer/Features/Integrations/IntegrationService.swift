import Fluent
import Foundation
import TandemCore

/// Setting and removing Slack and Teams webhooks, for the organisation or one programme. Admins
/// only; another organisation's programme is not found. Each change is audited.
struct IntegrationService {
    let context: ServiceContext
    let allowLoopback: Bool

    func all() async throws -> [WebhookIntegration] {
        try await WebhookIntegration.query(on: context.db).filter(\.$organisationID == context.actor.organisationID).all()
    }

    @discardableResult
    func set(_ channel: WebhookChannel, url raw: String, programme: UUID?) async throws -> WebhookIntegration {
        let admin = try requireAdmin()
        let url = try WebhookURL.validate(raw, allowLoopback: allowLoopback)
        let programmeID = try await ownProgramme(programme)
        return try await context.db.transaction { db in
            let existing = try await WebhookIntegration.query(on: db).filter(\.$organisationID == admin.organisationID)
                .filter(\.$scope == WebhookIntegration.scope(programmeID)).filter(\.$channel == channel).first()
            let row = existing ?? WebhookIntegration(organisationID: admin.organisationID, programmeID: programmeID, channel: channel, url: url)
            row.url = url
            try await row.save(on: db)
            try await Audit.record("integration.set", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "integration", targetID: row.id, details: "\(channel.rawValue) \(row.scope)", on: db)
            return row
        }
    }

    func remove(_ channel: WebhookChannel, programme: UUID?) async throws {
        let admin = try requireAdmin()
        let programmeID = try await ownProgramme(programme)
        try await context.db.transaction { db in
            try await WebhookIntegration.query(on: db).filter(\.$organisationID == admin.organisationID)
                .filter(\.$scope == WebhookIntegration.scope(programmeID)).filter(\.$channel == channel).delete()
            try await Audit.record("integration.removed", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "integration", targetID: nil, details: "\(channel.rawValue) \(WebhookIntegration.scope(programmeID))", on: db)
        }
    }

    private func requireAdmin() throws -> User {
        guard context.actor.isAdmin else { throw AccessError.forbidden }
        return context.actor
    }

    /// The programme's id if it is the admin's organisation's; 404 otherwise.
    private func ownProgramme(_ id: UUID?) async throws -> UUID? {
        guard let id else { return nil }
        guard let programme = try await Programme.query(on: context.db).filter(\.$id == id)
            .filter(\.$organisationID == context.actor.organisationID).first() else { throw AccessError.notFound(.programme) }
        return programme.id
    }
}
