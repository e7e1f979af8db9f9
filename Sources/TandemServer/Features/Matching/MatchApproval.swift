import Fluent
import SQLKit
import TandemCore
import Vapor

struct MatchApprovalError: TandemError {
    let status: HTTPResponseStatus = .conflict
    let code: String
    let message: String
}

/// Approval creates every relationship of a proposal in one transaction, re-checking each
/// pair's seats the same way an accepted request does. If any pair fails, nothing is created.
enum MatchApproval {
    static func approve(_ run: MatchRun, programme: Programme, by admin: User, on db: any Database) async throws -> Int {
        guard let proposal = MatchRunner.proposal(of: run), run.status == .done else {
            throw MatchApprovalError(code: "match_run.not_ready", message: "Only a finished, unapproved run can be approved.")
        }
        let runID = try run.requireID()
        let (seeker, offered) = RequestRoles.roles(for: programme.type)
        // Seats are claimed in a fixed order (by mentor id, then mentee id) so concurrent work cannot deadlock.
        let pairs = proposal.pairs.sorted { ($0.mentorID.uuidString, $0.menteeID.uuidString) < ($1.mentorID.uuidString, $1.menteeID.uuidString) }
        let programmeID = try programme.requireID()
        let orgID = admin.organisationID
        return try await SeatClaims.withRetry {
            try await db.transaction { db in
                // The run's own conditional update is the first write: a second approval finds nothing to change.
                let claimed = try await (db as! any SQLDatabase).raw("""
                    UPDATE match_runs SET status = 'approved', approved_at = \(bind: Date())
                    WHERE id = \(bind: runID) AND status = 'done' RETURNING id
                    """).first()
                guard claimed != nil else {
                    throw MatchApprovalError(code: "match_run.already_approved", message: "This run was already approved.")
                }
                let taken = try await MatchRunner.alreadyMatched(programmeID: programmeID, on: db)
                var relationshipOf: [UUID: UUID] = [:]
                for pair in pairs {
                    if taken.contains(pair.menteeID) {
                        throw MatchApprovalError(code: "match_run.stale", message: "\(pair.menteeName) was matched since this run. Run the match again.")
                    }
                    do {
                        try await SeatClaims.claimProgrammeSeat(programmeID: programmeID, userID: pair.mentorID, role: offered.rawValue, on: db)
                        try await SeatClaims.claimPersonalSeat(userID: pair.mentorID, on: db)
                        // Peers each take a partner, so both hold a seat in the programme.
                        if proposal.isPeerPool {
                            try await SeatClaims.claimProgrammeSeat(programmeID: programmeID, userID: pair.menteeID, role: seeker.rawValue, on: db)
                        }
                    } catch is CapacityFull {
                        throw MatchApprovalError(code: "capacity.full", message: "\(pair.mentorName) has no free seat for \(pair.menteeName) any more. Run the match again.")
                    }
                    // A group mentor's mentees join one circle; other types get a relationship per pair.
                    let relationshipID = try await RequestDecisions.relationship(programme: programme, mentorID: pair.mentorID, orgID: orgID, on: db)
                    try await RelationshipMember(organisationID: orgID, relationshipID: relationshipID, userID: pair.menteeID, role: seeker).save(on: db)
                    relationshipOf[pair.menteeID] = relationshipID
                }
                if let trio = proposal.trio, let relationshipID = relationshipOf[trio.pairFirstID] ?? relationshipOf[trio.pairSecondID] {
                    do {
                        try await SeatClaims.claimProgrammeSeat(programmeID: programmeID, userID: trio.thirdID, role: seeker.rawValue, on: db)
                    } catch is CapacityFull {
                        throw MatchApprovalError(code: "capacity.full", message: "\(trio.thirdName) has no free seat any more. Run the match again.")
                    }
                    try await RelationshipMember(organisationID: orgID, relationshipID: relationshipID, userID: trio.thirdID, role: seeker).save(on: db)
                }
                try await Audit.record("match.approved", organisationID: orgID, actorID: admin.id, target: "match_run", targetID: runID,
                                       details: "\(pairs.count) pairs, objective \(run.objective.rawValue)", on: db)
                return pairs.count
            }
        }
    }
}
