import Fluent
import Foundation
import TandemCore

/// One message of a programme's communication plan: when it goes, to whom, what it says and by
/// which channels. `planned_at` is when its timing was last set: an occurrence due before it is
/// skipped, not sent (docs/rules.md "Scheduled messages").
final class PlanMessage: Model, @unchecked Sendable {
    static let schema = "plan_messages"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Parent(key: "programme_id") var programme: Programme
    @Field(key: "event") var event: PlanEvent
    @Field(key: "offset_days") var offsetDays: Int
    @Field(key: "audience") var audience: PlanAudience
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    /// Comma-separated `PlanChannel` raw values (`PlanChannel.stored`).
    @Field(key: "channels") var channels: String
    @Field(key: "enabled") var enabled: Bool
    @Field(key: "position") var position: Int
    @Field(key: "planned_at") var plannedAt: Date
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(organisationID: UUID, programmeID: UUID, message: ValidPlanMessage, position: Int, plannedAt: Date) {
        self.organisationID = organisationID
        self.$programme.id = programmeID
        self.position = position
        self.plannedAt = plannedAt
        apply(message, at: plannedAt)
    }

    var trigger: PlanTrigger { PlanTrigger(event, offsetDays: offsetDays) }
    var channelSet: Set<PlanChannel> { PlanChannel.parse(channels) }

    var valid: ValidPlanMessage {
        ValidPlanMessage(trigger: trigger, audience: audience, subject: subject, body: body, channels: channelSet, enabled: enabled)
    }

    /// Applies an edit. Moving the message in time re-plans it from `now`, so a moment the new
    /// timing has already passed is skipped rather than sent late.
    func apply(_ message: ValidPlanMessage, at now: Date) {
        if $event.value != nil, trigger != message.trigger { plannedAt = now }
        event = message.trigger.event
        offsetDays = message.trigger.offsetDays
        audience = message.audience
        subject = message.subject
        body = message.body
        channels = PlanChannel.stored(message.channels)
        enabled = message.enabled
    }
}

/// What happened to one occurrence of a plan message: once per programme (`occurrence` is
/// "programme") or once per relationship ("relationship:<id>", with `relationship_id` set).
/// Unique on (plan_message_id, occurrence), which is what makes a run happen once.
final class PlanMessageRun: Model, @unchecked Sendable {
    static let schema = "plan_message_runs"

    @ID(key: .id) var id: UUID?
    @Field(key: "plan_message_id") var planMessageID: UUID
    @Field(key: "occurrence") var occurrence: String
    @OptionalField(key: "relationship_id") var relationshipID: UUID?
    @Field(key: "state") var state: PlanRunState
    @Field(key: "recipients") var recipients: Int
    @Field(key: "ran_at") var ranAt: Date

    init() {}
}
