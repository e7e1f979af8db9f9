/// A plan message form (or API body) exactly as submitted. `validate(mode:)` turns it into a
/// `ValidPlanMessage`. Coding keys are the snake_case form field names. `channels` is a group of
/// checkboxes; `enabled` a checkbox.
public struct PlanMessageDraft: Sendable, Hashable, Codable {
    public var event: String
    public var offsetDays: String
    public var audience: String
    public var subject: String
    public var body: String
    public var channels: [String]
    public var enabled: Bool

    public init(event: String = "", offsetDays: String = "0", audience: String = "", subject: String = "",
                body: String = "", channels: [String] = [], enabled: Bool = true) {
        self.event = event
        self.offsetDays = offsetDays
        self.audience = audience
        self.subject = subject
        self.body = body
        self.channels = channels
        self.enabled = enabled
    }

    /// The form of a saved message, to edit it.
    public init(_ message: ValidPlanMessage) {
        self.init(event: message.trigger.event.rawValue, offsetDays: String(message.trigger.offsetDays),
                  audience: message.audience.rawValue, subject: message.subject, body: message.body,
                  channels: PlanChannel.allCases.filter(message.channels.contains).map(\.rawValue),
                  enabled: message.enabled)
    }

    enum CodingKeys: String, CodingKey {
        case event, audience, subject, body, channels, enabled
        case offsetDays = "offset_days"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let enabled: Bool
        if let flag = try? c.decodeIfPresent(Bool.self, forKey: .enabled) {
            enabled = flag
        } else {
            enabled = (c.draftList(.enabled) + [c.draftText(.enabled)]).contains { ["on", "true", "1"].contains($0.lowercased()) }
        }
        self.init(event: c.draftText(.event), offsetDays: c.draftText(.offsetDays), audience: c.draftText(.audience),
                  subject: c.draftText(.subject), body: c.draftText(.body),
                  channels: c.draftList(.channels).filter { !$0.isEmpty }, enabled: enabled)
    }
}

/// A checked plan message, ready to store.
public struct ValidPlanMessage: Sendable, Hashable {
    public var trigger: PlanTrigger
    public var audience: PlanAudience
    public var subject: String
    public var body: String
    public var channels: Set<PlanChannel>
    public var enabled: Bool

    public init(trigger: PlanTrigger, audience: PlanAudience, subject: String, body: String,
                channels: Set<PlanChannel>, enabled: Bool = true) {
        self.trigger = trigger
        self.audience = audience
        self.subject = subject
        self.body = body
        self.channels = channels
        self.enabled = enabled
    }
}
