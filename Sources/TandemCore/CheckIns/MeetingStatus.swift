/// Whether a meeting is still to come, took place (a check-in) or was called off. Stored as its raw value.
public enum MeetingStatus: String, Codable, Sendable, CaseIterable {
    case scheduled
    case held
    case cancelled
}
