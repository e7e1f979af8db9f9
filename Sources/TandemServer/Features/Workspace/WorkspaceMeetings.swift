import Foundation
import TandemCore

enum WorkspaceMeetings {
    static func upcoming(_ d: WorkspaceData, base: String, now: Date) -> [MeetingRow] {
        d.upcoming.map { m in
            let id = m.id?.uuidString ?? ""
            let link = m.link.flatMap(URL.init(string:))
            return MeetingRow(
                id: id, when: DateText.dateTime(m.startsAt, timeZone: d.timeZone.identifier),
                duration: MentoringHours.text(minutes: m.durationMinutes), format: m.format.label,
                link: m.link, linkLabel: link.map { "Join on \(MeetingLink.provider(of: $0))" } ?? "",
                agenda: m.agenda.presentOrNil, icsURL: "\(base)/meetings/\(id)/event.ics", editURL: "\(base)/meetings/\(id)/edit",
                logURL: "\(base)/check-ins/new?meeting=\(id)", isPast: m.startsAt <= now)
        }
    }

    static func checkIns(_ d: WorkspaceData, base: String) -> [CheckInRow] {
        let goalTitles = Dictionary(d.goals.compactMap { g in g.id.map { ($0, g.title) } }, uniquingKeysWith: { a, _ in a })
        return d.held.map { m in
            let id = m.id ?? UUID()
            let loggedBy = m.loggedBy ?? m.createdBy
            return CheckInRow(
                id: id.uuidString, when: DateText.dateTime(m.startsAt, timeZone: d.timeZone.identifier),
                duration: MentoringHours.text(minutes: m.durationMinutes), format: m.format.label,
                sharedNotes: m.sharedNotes.presentOrNil, privateNote: (d.myPrivateNotes[id] ?? "").presentOrNil,
                goals: (d.goalsByMeeting[id] ?? []).compactMap { goalTitles[$0] }.joined(separator: "; ").presentOrNil,
                loggedBy: d.name(of: loggedBy), isConfirmed: m.confirmedAt != nil,
                canConfirm: m.confirmedAt == nil && loggedBy != d.viewerID && !d.relationship.isArchived,
                confirmURL: "\(base)/check-ins/\(id.uuidString)/confirm",
                feedbackURL: "\(base)/feedback/new?check_in=\(id.uuidString)")
        }
    }

    static func actions(_ items: [ActionItem], _ d: WorkspaceData, base: String, done: Bool, today: LocalDate) -> [ActionRow] {
        items.map { a in
            let due = a.dueOn.flatMap(LocalDate.init(iso:))
            return ActionRow(
                id: a.id?.uuidString ?? "", title: a.title, owner: a.ownerID == d.viewerID ? "You" : d.name(of: a.ownerID),
                due: DateText.day(due).presentOrNil, isOverdue: !done && (due.map { $0 < today } ?? false), isDone: done,
                toggleURL: "\(base)/actions/\(a.id?.uuidString ?? "")/toggle")
        }
    }
}
