import Foundation
import TandemCore

struct AnnouncementsContext: Encodable {
    struct Row: Encodable {
        let subject: String
        let audience: String
        let when: String
        let state: String
    }
    struct Option: Encodable {
        let value: String
        let label: String
        let isChosen: Bool
    }

    let chrome: PageChrome
    let programmeID: String
    let programmeName: String
    let rows: [Row]
    let hasRows: Bool
    let subject: String
    let body: String
    let sendDate: String
    let sendTime: String
    let audiences: [Option]
    let channels: [Option]
    let placeholders: String
    let errors: [String: String]
    let hasErrors: Bool
    let zone: String
}

extension AnnouncementsContext.Row {
    init(_ a: Announcement, zone: String) {
        let states: [Announcement.State: String] = [.scheduled: "Scheduled", .sent: "Sent to \(a.recipients) people", .skipped: "Skipped (its time passed while Tandem was stopped)"]
        self.init(subject: a.subject, audience: a.audience.label,
                  when: DateText.dateTime(a.state == .sent ? a.sentAt : a.sendAt, timeZone: zone), state: states[a.state] ?? "")
    }
}

extension AnnouncementsContext {
    static func options(_ draft: AnnouncementDraft) -> (audiences: [Option], channels: [Option]) {
        let audiences = PlanAudience.allCases.filter { $0 != .pairsWithoutCheckIn }
            .map { Option(value: $0.rawValue, label: $0.label, isChosen: $0.rawValue == draft.audience) }
        let channels = PlanChannel.allCases.map { Option(value: $0.rawValue, label: $0.label, isChosen: draft.channels.contains($0.rawValue)) }
        return (audiences, channels)
    }
}
