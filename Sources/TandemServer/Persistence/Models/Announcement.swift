import Fluent
import Foundation
import TandemCore

/// A one-off message an admin sent, or scheduled, to a programme audience.
final class Announcement: Model, @unchecked Sendable {
    static let schema = "announcements"

    enum State: String, Codable, Sendable { case scheduled, sent, skipped }

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "programme_id") var programmeID: UUID
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "audience") var audience: PlanAudience
    /// Comma-separated `PlanChannel` raw values.
    @Field(key: "channels") var channels: String
    @Field(key: "send_at") var sendAt: Date
    /// Past this, a missed send is skipped, not sent (docs/rules.md "Scheduled messages").
    @Field(key: "valid_until") var validUntil: Date
    @Field(key: "state") var state: State
    @Field(key: "recipients") var recipients: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}

    init(programme: Programme, by admin: User, _ valid: ValidAnnouncement) {
        organisationID = programme.organisationID
        programmeID = programme.id!
        createdBy = admin.id!
        subject = valid.subject
        body = valid.body
        audience = valid.audience
        channels = PlanChannel.allCases.filter(valid.channels.contains).map(\.rawValue).joined(separator: ",")
        sendAt = valid.sendAt
        validUntil = valid.sendAt.addingTimeInterval(AnnouncementDraft.lateness)
        state = .scheduled
        recipients = 0
    }

    var channelSet: Set<PlanChannel> { Set(channels.split(separator: ",").compactMap { PlanChannel(rawValue: String($0)) }) }
}
