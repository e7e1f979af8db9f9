import Foundation
import TandemCore
import Vapor

/// Scheduling or moving a meeting.
struct MeetingFormContext: Encodable {
    let chrome: PageChrome
    let relationshipURL: String
    let action: String
    let isNew: Bool
    let cancelURL: String?
    let values: MeetingDraft
    let formats: [Choice]
    let errors: [String: String]
    let zoneHint: String
    let zones = TimeZoneChoices.all
}

enum MeetingFormPage {
    static func render(_ req: Request, relationship r: Relationship, meeting: Meeting?, values: MeetingDraft,
                       errors: [String: String] = [:], status: HTTPResponseStatus = .ok) async throws -> Response {
        let base = "/relationships/\(try r.requireID())"
        let id = meeting?.id?.uuidString ?? ""
        return try await req.page("check-ins/meeting-form", MeetingFormContext(
            chrome: PageChrome(request: req, title: meeting == nil ? "Schedule a meeting" : "Move or cancel the meeting", section: "dashboard"),
            relationshipURL: base, action: meeting == nil ? "\(base)/meetings" : "\(base)/meetings/\(id)/edit",
            isNew: meeting == nil, cancelURL: meeting == nil ? nil : "\(base)/meetings/\(id)/cancel",
            values: values, formats: Choice.list(MeetingFormat.self, selected: values.format) { $0.label },
            errors: errors, zoneHint: "Times are in \(values.timeZone). Both of you see the meeting in your own calendar's zone."
        ), status: status)
    }

    /// A sensible first draft: the next check-in date the cadence gives, at 10:00 in the viewer's zone.
    static func suggestion(for r: Relationship, facts: MeetingFacts, zone: TimeZone, now: Date) -> MeetingDraft {
        let due = WorkspaceRhythm.nextDue(relationship: r, facts: facts, timeZone: zone)
        let day = DateText.inputs(max(due, now.addingTimeInterval(86_400)), timeZone: zone).date
        return MeetingDraft(date: day, time: "10:00", timeZone: zone.identifier, durationMinutes: "45",
                            format: MeetingFormat.video.rawValue, meetingLink: "", agenda: "")
    }

    static func draft(from m: Meeting) -> MeetingDraft {
        let inputs = DateText.inputs(m.startsAt, timeZone: m.zone)
        return MeetingDraft(date: inputs.date, time: inputs.time, timeZone: m.timeZone, durationMinutes: String(m.durationMinutes),
                            format: m.format.rawValue, meetingLink: m.link ?? "", agenda: m.agenda)
    }
}
