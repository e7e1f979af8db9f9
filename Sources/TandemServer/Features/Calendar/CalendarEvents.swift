import Foundation
import TandemCore
import Vapor

/// Calendar events for meetings and goal target dates. Feeds never carry notes (docs/rules.md):
/// only the time, the format, the link and the shared agenda.
enum CalendarEvents {
    static func event(for m: Meeting, title: String, programme: String, publicURL: String) -> CalendarEvent {
        let id = m.id?.uuidString.lowercased() ?? ""
        var details = ["\(m.format.label) · \(programme)"]
        if !m.agenda.isEmpty { details.append("Agenda: \(m.agenda)") }
        details.append("Open in Tandem: \(publicURL)/relationships/\(m.relationshipID.uuidString)")
        return CalendarEvent(
            uid: "meeting-\(id)@tandem", sequence: m.sequence, stamp: m.updatedAt ?? m.createdAt ?? Date(),
            timing: .timed(start: m.startsAt, durationMinutes: m.durationMinutes, timeZone: m.zone),
            summary: title, description: details.joined(separator: "\n"),
            location: m.link ?? (m.format == .inPerson ? "In person" : ""), url: m.link,
            status: m.status == .cancelled ? .cancelled : .confirmed, categories: ["Mentoring"])
    }

    static func event(for goal: Goal, owner: String) -> CalendarEvent? {
        guard let day = goal.targetLocalDate, goal.status.isOpen else { return nil }
        return CalendarEvent(
            uid: "goal-\(goal.id?.uuidString.lowercased() ?? "")@tandem", sequence: 0, stamp: goal.updatedAt ?? goal.createdAt ?? Date(),
            timing: .allDay(day), summary: "Goal due: \(goal.title)",
            description: goal.measure.isEmpty ? "\(owner)’s goal" : "\(owner)’s goal. Done when: \(goal.measure)",
            location: "", url: nil, status: .confirmed, categories: ["Mentoring goal"])
    }

    /// text/calendar as a download, never sniffed as anything else.
    static func response(_ body: String, fileName: String, attachment: Bool = true) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        if attachment {
            headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ICalendarWriter.fileName(for: fileName))\"")
        }
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
