import Fluent
import Foundation
import SQLKit
import TandemCore

/// Gives seats back when a relationship closes, so the mentor can take someone new.
/// Mirrors how seats were claimed: a mentor holds one seat per mentee; in peer programmes each
/// claimed programme seat is returned, and the personal seat of whoever accepted the request.
enum SeatRelease {
    static func release(_ r: Relationship, on db: any Database) async throws {
        let programmeID = try r.programme.requireID()
        if r.programme.type.isTwoSided {
            let mentees = r.members.filter { $0.role == .mentee }.count
            for mentor in r.members where mentor.role == .mentor {
                try await releaseProgrammeSeats(programmeID: programmeID, userID: mentor.$user.id, role: "mentor", count: mentees, on: db)
                try await releasePersonalSeats(userID: mentor.$user.id, count: mentees, on: db)
            }
            return
        }
        for member in r.members {
            try await releaseProgrammeSeats(programmeID: programmeID, userID: member.$user.id, role: member.role.rawValue, count: 1, on: db)
        }
        let acceptors = try await MentorRequest.query(on: db).filter(\.$relationshipID == r.requireID()).all(\.$mentor.$id)
        for userID in acceptors.isEmpty ? Array(r.memberIDs.prefix(1)) : acceptors {
            try await releasePersonalSeats(userID: userID, count: 1, on: db)
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
