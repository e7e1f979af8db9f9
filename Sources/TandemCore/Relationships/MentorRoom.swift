/// How many more mentees a mentor can take in one programme: the fewer of the programme's seats
/// and their overall capacity across programmes (RULES.md "Capacity"). Browse, recommendations,
/// match runs and requests all ask here; the seat claims enforce the same two limits atomically.
public struct MentorRoom: Sendable, Hashable {
    public let programmeCapacity: Int
    public let programmeSeatsUsed: Int
    public let overallCapacity: Int
    public let overallSeatsUsed: Int

    public init(programmeCapacity: Int, programmeSeatsUsed: Int, overallCapacity: Int, overallSeatsUsed: Int) {
        self.programmeCapacity = programmeCapacity
        self.programmeSeatsUsed = programmeSeatsUsed
        self.overallCapacity = overallCapacity
        self.overallSeatsUsed = overallSeatsUsed
    }

    /// Never negative, even when a capacity was lowered below the seats in use.
    public var seatsLeft: Int {
        max(0, min(programmeCapacity - programmeSeatsUsed, overallCapacity - overallSeatsUsed))
    }

    public var isFull: Bool { seatsLeft == 0 }
}

extension MentorRoom {
    /// How the admins' load view describes a mentor.
    public enum Level: String, Sendable, CaseIterable {
        /// More seats in use than a limit allows: a capacity was lowered after matching.
        case over
        case full
        /// One seat left, and already mentoring someone.
        case nearlyFull = "nearly_full"
        case room

        public var label: String {
            switch self {
            case .over: "Over capacity"
            case .full: "Full"
            case .nearlyFull: "One seat left"
            case .room: "Has room"
            }
        }
    }

    public var level: Level {
        if programmeSeatsUsed > programmeCapacity || overallSeatsUsed > overallCapacity { return .over }
        if seatsLeft == 0 { return .full }
        if seatsLeft == 1 && (programmeSeatsUsed > 0 || overallSeatsUsed > 0) { return .nearlyFull }
        return .room
    }
}
