import Foundation

struct DashboardContext: Encodable {
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
    let relationships: [RelationshipSummary]
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
