import Fluent
import Foundation
import TandemCore

/// The agreement in a line, for the relationship page: a call to action at the top until it is
/// in force, then a short summary with a link. Two queries.
struct AgreementSummary: Encodable {
    let state: String
    let stateCode: String
    let isInForce: Bool
    /// True until the agreement is in force: the page shows it as the first step.
    let isFirstStep: Bool
    let text: String
    let action: String
    let url: String

    static func load(_ r: Relationship, viewerID: UUID, on db: any Database) async throws -> AgreementSummary {
        let rid = try r.requireID()
        let latest = try await AgreementVersion.query(on: db).filter(\.$relationshipID == rid).sort(\.$number, .descending)
            .field(\.$id).field(\.$number).field(\.$followsInForce).field(\.$inForceAt).field(\.$cadence).field(\.$cadenceDays).first()
        var confirmed: [UUID] = []
        if let latest {
            confirmed = try await AgreementConfirmation.query(on: db).filter(\.$versionID == latest.requireID()).all(\.$userID)
        }
        let current = latest.map {
            AgreementRules.Current(number: $0.number, confirmedBy: Set(confirmed), followsInForce: $0.followsInForce || $0.inForceAt != nil)
        }
        let members = Set(r.memberIDs)
        let state = AgreementRules.state(current: current, members: members)
        let awaitsMe = current.map { AgreementRules.awaiting(current: $0, members: members).contains(viewerID) } ?? false
        let url = "/relationships/\(rid.uuidString)/agreement"
        let (text, action) = switch state {
        case .none: ("First step: agree how you will work together. How often and how you meet, what each of you hopes to give and to get, confidentiality and feedback.", "Propose your agreement")
        case .proposed where awaitsMe: ("First step: your agreement has been proposed. Read it and confirm it, or suggest changes.", "Read and confirm")
        case .needsReconfirmation where awaitsMe: ("Your agreement was changed. See what changed and confirm it again.", "See what changed")
        case .proposed, .needsReconfirmation: ("Your agreement is waiting for the others to confirm it.", "Open the agreement")
        case .inForce: ("Agreement in force: \(latest.map { CheckInRhythm(cadence: $0.cadence, customDays: $0.cadenceDays).label.lowercased() } ?? "") check-ins.", "Read the agreement")
        }
        return AgreementSummary(state: state.label, stateCode: state.rawValue, isInForce: state == .inForce,
                                isFirstStep: state != .inForce && !r.isArchived, text: text, action: action, url: url)
    }
}
