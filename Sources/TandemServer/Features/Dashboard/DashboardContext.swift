import Foundation

struct DashboardContext: Encodable {
    /// A relationship as the dashboard lists it, with its optional parts nil when absent.
    struct RelationshipRow: Encodable {
        let url: String
        let programmeName: String
        let partners: String
        let myRole: String
        let started: String
        let health: String
        let healthCode: String
        let nextMeeting: String?
        /// "2 unread messages"; nil when all are read.
        let unreadLabel: String?

        init(_ s: RelationshipSummary) {
            url = s.url
            programmeName = s.programmeName
            partners = s.partners
            myRole = s.myRole
            started = s.started
            health = s.health
            healthCode = s.healthCode
            nextMeeting = s.nextMeeting.isEmpty ? nil : s.nextMeeting
            unreadLabel = s.unread > 0 ? "\(s.unread) unread message\(s.unread == 1 ? "" : "s")" : nil
        }
    }
    struct ProgrammeRow: Encodable {
        let id: String
        let name: String
        let roles: String
    }
    struct RequestRow: Encodable {
        let name: String
        let programmeName: String
    }
    let chrome: PageChrome
    let firstName: String
    let relationships: [RelationshipRow]
    let hasRelationships: Bool
    /// "2 relationships need a check-in: …"; nil when none does.
    let attentionNote: String?
    let received: [RequestRow]
    let sent: [RequestRow]
    let hasReceived: Bool
    let hasSent: Bool
    let nothingWaiting: Bool
    let programmes: [ProgrammeRow]
    let hasProgrammes: Bool
    let profileIncomplete: Bool

    static func attentionNote(_ count: Int) -> String? {
        guard count > 0 else { return nil }
        return count == 1
            ? "1 relationship needs a check-in: open it to schedule one."
            : "\(count) relationships need a check-in: open them to schedule one."
    }
}
