import Foundation

/// Which seats a relationship holds, so closing or leaving gives back exactly what was claimed.
///
/// Claims happen when a request is accepted or a match approved:
/// - two-sided types: the mentor holds one programme seat and one personal seat per mentee;
/// - peer types formed by a request: the peer who accepted holds one of each;
/// - peer types formed by a match: every peer holds a programme seat, and the first member
///   (the pair's "mentor" side in the proposal) also holds a personal seat.
public enum SeatLedger {
    public struct Member: Sendable, Hashable {
        public let userID: UUID
        public let role: EnrolmentRole
        /// False once the member has left a circle; their seats were given back then.
        public let isActive: Bool

        public init(userID: UUID, role: EnrolmentRole, isActive: Bool) {
            self.userID = userID
            self.role = role
            self.isActive = isActive
        }
    }

    public struct Holding: Sendable, Hashable {
        public let userID: UUID
        public let role: EnrolmentRole
        public let programmeSeats: Int
        public let personalSeats: Int

        public init(userID: UUID, role: EnrolmentRole, programmeSeats: Int, personalSeats: Int) {
            self.userID = userID
            self.role = role
            self.programmeSeats = programmeSeats
            self.personalSeats = personalSeats
        }
    }

    /// Seats the relationship's active members hold now.
    /// - Parameters:
    ///   - members: every member, including those who left, in the order they joined.
    ///   - acceptors: who accepted the requests that formed it (empty when a match formed it).
    public static func held(type: ProgrammeType, members: [Member], acceptors: Set<UUID>) -> [Holding] {
        let active = members.filter(\.isActive)
        if type.isTwoSided {
            let mentees = active.filter { $0.role == .mentee }.count
            guard mentees > 0 else { return [] }
            return active.filter { $0.role == .mentor }.map {
                Holding(userID: $0.userID, role: .mentor, programmeSeats: mentees, personalSeats: mentees)
            }
        }
        if !acceptors.isEmpty {
            return active.filter { acceptors.contains($0.userID) }.map {
                Holding(userID: $0.userID, role: $0.role, programmeSeats: 1, personalSeats: 1)
            }
        }
        let first = members.first?.userID
        return active.map {
            Holding(userID: $0.userID, role: $0.role, programmeSeats: 1, personalSeats: $0.userID == first ? 1 : 0)
        }
    }

    /// Seats freed when `leaverID` leaves: their mentor's seat for them, or their own as a peer.
    public static func freedByLeaving(_ leaverID: UUID, type: ProgrammeType, members: [Member], acceptors: Set<UUID>) -> [Holding] {
        guard let leaver = members.first(where: { $0.userID == leaverID && $0.isActive }) else { return [] }
        if type.isTwoSided {
            guard leaver.role == .mentee else { return [] }
            return members.filter { $0.isActive && $0.role == .mentor }.map {
                Holding(userID: $0.userID, role: .mentor, programmeSeats: 1, personalSeats: 1)
            }
        }
        return held(type: type, members: members, acceptors: acceptors).filter { $0.userID == leaverID }
    }
}
