import Foundation
import TandemCore

/// One row of the admin relationships page, every value formatted for the template.
struct ConsoleRowContext: Encodable {
    let members: String
    let kindLabel: String
    let started: String
    let lastCheckIn: String
    let nextCheckIn: String
    let nextCheckInOverdue: Bool
    let confirmedHours: String
    /// "—" until agreements are wired in (`ConsoleAgreement`).
    let agreement: String
    let health: String
    let healthCode: String
    let reasons: [String]
    let hasReasons: Bool
    /// "Members nudged 3 Jun 2025", "Admins alerted 17 Jun 2025"; nil when not on the ladder.
    let escalation: String?
    let isEscalated: Bool
    let detailURL: String
    let rematchURL: String
    let closeURL: String

    init(_ e: ConsoleEntry, programmeID: UUID, zone: String, now: Date) {
        let rid = e.id
        let base = "/programmes/\(programmeID)/relationships/\(rid)"
        members = e.membersText
        kindLabel = e.isCircle ? "Circle" : "Pair"
        started = DateText.short(e.relationship.startedAt, timeZone: zone)
        lastCheckIn = e.facts.lastHeldAt.map { DateText.short($0, timeZone: zone) } ?? "None yet"
        nextCheckIn = DateText.short(e.nextCheckInDue, timeZone: zone)
        nextCheckInOverdue = e.relationship.status == .active && e.nextCheckInDue < now
        confirmedHours = e.facts.hours.confirmedText
        agreement = e.agreement.label
        let active = e.relationship.status == .active
        health = active ? e.assessment.health.label : "Closed"
        healthCode = active ? e.assessment.health.rawValue : "closed"
        reasons = active ? e.assessment.reasons.map(\.text) : []
        hasReasons = !reasons.isEmpty
        if let alerted = e.relationship.riskEscalatedAt {
            escalation = "Admins alerted \(DateText.short(alerted, timeZone: zone))"
        } else {
            escalation = e.relationship.riskNudgedAt.map { "Members nudged \(DateText.short($0, timeZone: zone))" }
        }
        isEscalated = e.relationship.riskEscalatedAt != nil
        detailURL = base
        rematchURL = "\(base)/rematch"
        closeURL = "\(base)/close"
    }
}

struct ConsoleListContext: Encodable {
    let chrome: PageChrome
    let programmeName: String
    let programmeURL: String
    let actionURL: String
    let filters: [Choice]
    let filterLabel: String
    let rows: [ConsoleRowContext]
    let hasRows: Bool
    let nextURL: String?
    /// True on a later page, so the page offers the way back to the first.
    let isLaterPage: Bool
    let firstPageURL: String
}

struct ConsoleDetailContext: Encodable {
    struct Event: Encodable {
        let when: String
        let label: String
        let details: String
    }

    let chrome: PageChrome
    let programmeName: String
    let programmeURL: String
    let listURL: String
    let row: ConsoleRowContext
    let cadence: String
    let selfReportedHours: String
    let isActive: Bool
    /// "Suggested: check in with the pair, …"; nil for a healthy or closed relationship.
    let suggestion: String?
    let events: [Event]
    let hasEvents: Bool
}
