import Foundation
import TandemCore

/// One person a plan message goes to, with what their placeholders need.
struct PlanRecipient: Sendable, Hashable {
    let userID: UUID
    let email: String
    let name: String
    /// Their partners' names in this programme ("Maria", "Ann and Bo"); nil when unmatched.
    let partnerName: String?
    /// Where to act, below the public URL: the relationship for pair messages, else the programme.
    let linkPath: String

    var firstName: String { PlanPlaceholderValues.firstName(of: name) }
}

/// A plan message whose occurrence is due now and has no run yet, for the job that delivers it.
struct DuePlanMessage: Sendable {
    let messageID: UUID
    let organisationID: UUID
    let programmeID: UUID
    let programmeName: String
    let occurrence: PlanOccurrenceKey
    let dueAt: Date
    let validUntil: Date
    /// Set when the occurrence must be recorded as skipped rather than sent: past `validUntil`,
    /// or due before the message was planned. Skipped occurrences carry no recipients.
    let skipReason: PlanSkipReason?
    let subject: String
    let body: String
    let channels: Set<PlanChannel>
    /// Deduplicated by person: someone in the audience twice is here once.
    let recipients: [PlanRecipient]

    var isPastValidUntil: Bool { skipReason == .expired }
    var shouldSkip: Bool { skipReason != nil }
}
