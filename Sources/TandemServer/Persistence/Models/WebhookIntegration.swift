import Fluent
import Foundation
import TandemCore

/// An incoming webhook that Tandem posts announcements and new matches to: for a whole
/// organisation, or for one programme (which then takes precedence for that channel).
final class WebhookIntegration: Model, @unchecked Sendable {
    static let schema = "webhook_integrations"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @OptionalField(key: "programme_id") var programmeID: UUID?
    /// "organisation" or the programme's id: one row per scope and channel (a NULL would not be unique).
    @Field(key: "scope") var scope: String
    @Field(key: "channel") var channel: WebhookChannel
    @Field(key: "url") var url: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(organisationID: UUID, programmeID: UUID?, channel: WebhookChannel, url: String) {
        self.organisationID = organisationID
        self.programmeID = programmeID
        self.scope = Self.scope(programmeID)
        self.channel = channel
        self.url = url
    }

    static func scope(_ programmeID: UUID?) -> String { programmeID?.uuidString ?? "organisation" }
}
