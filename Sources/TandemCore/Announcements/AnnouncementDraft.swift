import Foundation

/// A one-off message an admin writes to a programme audience, to go now or at a set time, as
/// the form or the API sent it.
public struct AnnouncementDraft: Sendable, Hashable, Codable {
    public var subject: String
    public var body: String
    public var audience: String
    public var channels: [String]
    /// "YYYY-MM-DD" and "HH:MM" in the organisation's zone; both empty sends now.
    public var sendDate: String
    public var sendTime: String

    public init(subject: String = "", body: String = "", audience: String = PlanAudience.everyone.rawValue,
                channels: [String] = [PlanChannel.inApp.rawValue, PlanChannel.email.rawValue], sendDate: String = "", sendTime: String = "") {
        self.subject = subject
        self.body = body
        self.audience = audience
        self.channels = channels
        self.sendDate = sendDate
        self.sendTime = sendTime
    }
}

public struct ValidAnnouncement: Sendable, Hashable {
    public let subject: String
    public let body: String
    public let audience: PlanAudience
    public let channels: Set<PlanChannel>
    public let sendAt: Date
}

extension AnnouncementDraft {
    /// A scheduled announcement still goes if the worker was down for up to this long after its
    /// time; later, it is skipped (docs/rules.md "Scheduled messages").
    public static let lateness: TimeInterval = 2 * 24 * 3600

    public func validate(zone: TimeZone, now: Date) throws(ValidationFailure) -> ValidAnnouncement {
        var errors = FieldErrorCollector()
        let subject = errors.text(self.subject, field: "subject", required: "Write a subject.", max: PlanMessageDraft.subjectLimit,
                                  tooLong: "Keep the subject to \(PlanMessageDraft.subjectLimit) characters.")
        let body = errors.text(self.body, field: "body", required: "Write the announcement.", max: PlanMessageDraft.bodyLimit,
                               tooLong: "Keep the announcement to \(PlanMessageDraft.bodyLimit) characters.")
        for (text, field) in [(subject, "subject"), (body, "body")] {
            let unknown = PlanTemplate.unknownPlaceholders(in: text)
            if !unknown.isEmpty {
                errors.add(field, .invalid, "Unknown placeholder \(unknown.map { "{{\($0)}}" }.joined(separator: ", ")). Use \(PlanPlaceholder.list).")
            }
        }
        let audience = errors.choice(self.audience, as: PlanAudience.self, field: "audience", message: "Choose who receives it.")
        if audience == .pairsWithoutCheckIn {
            errors.add("audience", .invalid, "Choose everyone, mentors, mentees or people not matched yet.")
        }
        let channels = Set(self.channels.compactMap { PlanChannel(rawValue: $0.trimmingCharacters(in: .whitespaces)) })
        if channels.isEmpty || channels.count != Set(self.channels).count {
            errors.add("channels", channels.isEmpty ? .required : .invalid, "Choose one or more of: in the app, email, Slack.")
        }
        let sendAt = sendMoment(zone: zone, now: now, errors: &errors)
        try errors.throwIfAny()
        guard let audience, let sendAt else { throw ValidationFailure(errors.errors) }
        return ValidAnnouncement(subject: subject, body: body, audience: audience, channels: channels, sendAt: sendAt)
    }

    private func sendMoment(zone: TimeZone, now: Date, errors: inout FieldErrorCollector) -> Date? {
        let date = sendDate.trimmingCharacters(in: .whitespaces), time = sendTime.trimmingCharacters(in: .whitespaces)
        if date.isEmpty && time.isEmpty { return now }
        guard let day = LocalDate(iso: date) else {
            errors.add("send_date", .invalid, "Enter the day as YYYY-MM-DD, or leave both empty to send now.")
            return nil
        }
        let parts = time.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else {
            errors.add("send_time", .invalid, "Enter the time as HH:MM, for example 09:00.")
            return nil
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let start = day.startInstant(in: zone)
        guard let moment = calendar.date(bySettingHour: parts[0], minute: parts[1], second: 0, of: start) else {
            errors.add("send_time", .invalid, "That time does not exist on that day in your time zone.")
            return nil
        }
        guard moment >= now.addingTimeInterval(-60) else {
            errors.add("send_date", .outOfRange, "That moment has passed. Leave both empty to send now.")
            return nil
        }
        return max(moment, now)
    }
}
