import Fluent
import Foundation
import SQLKit
import TandemCore

/// Gives seats back when a relationship closes or someone leaves a circle, mirroring how they
/// were claimed (see `SeatLedger`). Run inside the transaction that archived the relationship or
/// ended the membership, after that conditional update, so each seat is given back once.
enum SeatRelease {
    /// Every seat the relationship's remaining members hold.
    static func release(_ r: Relationship, on db: any Database) async throws {
        let rid = try r.requireID()
        let members = try await Membership.ledger(of: rid, on: db)
        let held = SeatLedger.held(type: r.programme.type, members: members, acceptors: try await acceptors(of: rid, on: db))
        try await give(held, programmeID: try r.programme.requireID(), on: db)
    }

    /// The seat that was held for `userID`, who is leaving the circle.
    static func releaseLeaver(_ userID: UUID, from r: Relationship, members: [SeatLedger.Member], on db: any Database) async throws {
        let freed = SeatLedger.freedByLeaving(userID, type: r.programme.type, members: members,
                                              acceptors: try await acceptors(of: r.requireID(), on: db))
        try await give(freed, programmeID: try r.programme.requireID(), on: db)
    }

    private static func acceptors(of relationshipID: UUID, on db: any Database) async throws -> Set<UUID> {
        Set(try await MentorRequest.query(on: db).filter(\.$relationshipID == relationshipID).all(\.$mentor.$id))
    }

    /// Enrolments first, then profiles, each by user id: the same order claims use, so
    /// concurrent work cannot deadlock on PostgreSQL.
    private static func give(_ holdings: [SeatLedger.Holding], programmeID: UUID, on db: any Database) async throws {
        let ordered = holdings.sorted { $0.userID.uuidString < $1.userID.uuidString }
        for h in ordered {
            try await releaseProgrammeSeats(programmeID: programmeID, userID: h.userID, role: h.role.rawValue, count: h.programmeSeats, on: db)
        }
        for h in ordered {
            try await releasePersonalSeats(userID: h.userID, count: h.personalSeats, on: db)
        }
    }

    static func releaseProgrammeSeats(programmeID: UUID, userID: UUID, role: String, count: Int, on db: any Database) async throws {
        guard count > 0 else { return }
        try await (db as! any SQLDatabase).raw("""
            UPDATE enrolments SET seats_used = CASE WHEN seats_used > \(bind: count) THEN seats_used - \(bind: count) ELSE 0 END
            WHERE programme_id = \(bind: programmeID) AND user_id = \(bind: userID) AND role = \(bind: role)
            """).run()
    }

    static func releasePersonalSeats(userID: UUID, count: Int, on db: any Database) async throws {
        guard count > 0 else { return }
        try await (db as! any SQLDatabase).raw("""
            UPDATE profiles SET mentor_seats_used = CASE WHEN mentor_seats_used > \(bind: count) THEN mentor_seats_used - \(bind: count) ELSE 0 END
            WHERE user_id = \(bind: userID)
            """).run()
    }
}
