/// Why a relationship is not healthy: a stable code for the API and filters, and a sentence for people.
public struct HealthReason: Sendable, Hashable, Codable {
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        case noCheckInForTwiceCadence = "no_check_in_for_twice_cadence"
        case checkInOverdue = "check_in_overdue"
        case noFirstMeeting = "no_first_meeting"
        case oneSideQuiet = "one_side_quiet"
        case pulseFalling = "pulse_falling"
    }

    public let code: Code
    public let text: String

    public init(_ code: Code, _ text: String) {
        self.code = code
        self.text = text
    }
}

/// A relationship's health with every reason behind it (none when healthy).
public struct HealthAssessment: Sendable, Hashable {
    public let health: RelationshipHealth
    public let reasons: [HealthReason]

    public init(health: RelationshipHealth, reasons: [HealthReason]) {
        self.health = health
        self.reasons = reasons
    }

    public static let healthy = HealthAssessment(health: .healthy, reasons: [])
}
