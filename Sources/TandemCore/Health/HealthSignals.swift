import Foundation

/// Everything the health rules look at for one relationship, gathered by the server in a fixed
/// number of queries. Dates are instants; `now` is passed separately.
public struct HealthSignals: Sendable, Hashable {
    public var matchedAt: Date
    /// The first meeting that is not cancelled, held or still to come.
    public var firstMeetingAt: Date?
    public var lastCheckInAt: Date?
    public var nextCheckInDue: Date?
    public var cadenceDays: Int
    /// The programme's "no first meeting within N days" setting.
    public var firstMeetingDays: Int
    /// The relationship's sides and when each member of a side last acted (logged, confirmed,
    /// scheduled or messaged); empty when unknown, which skips the balance rule.
    public var sides: [ActivitySide]
    /// Pulse-survey scores of surveys that are not anonymous, oldest first, each 0…1.
    public var pulseScores: [Double]

    public init(matchedAt: Date, firstMeetingAt: Date? = nil, lastCheckInAt: Date? = nil, nextCheckInDue: Date? = nil,
                cadenceDays: Int, firstMeetingDays: Int = HealthRules.defaultFirstMeetingDays,
                sides: [ActivitySide] = [], pulseScores: [Double] = []) {
        self.matchedAt = matchedAt
        self.firstMeetingAt = firstMeetingAt
        self.lastCheckInAt = lastCheckInAt
        self.nextCheckInDue = nextCheckInDue
        self.cadenceDays = cadenceDays
        self.firstMeetingDays = firstMeetingDays
        self.sides = sides
        self.pulseScores = pulseScores
    }
}

/// One side of a relationship for the balance rule: the mentor, the mentees, or one peer.
public struct ActivitySide: Sendable, Hashable {
    /// How a reason names this side: "the mentor", "the mentees", "Priya".
    public var name: String
    /// The latest activity of each member of the side (nil: never acted).
    public var lastActiveAt: [Date?]

    public init(name: String, lastActiveAt: [Date?]) {
        self.name = name
        self.lastActiveAt = lastActiveAt
    }

    /// Whether any member of the side acted at or after `since`.
    public func acted(since: Date) -> Bool {
        lastActiveAt.contains { ($0 ?? .distantPast) >= since }
    }
}
