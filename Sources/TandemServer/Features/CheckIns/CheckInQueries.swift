import Fluent
import Foundation
import SQLKit
import TandemCore
import Vapor

/// The check-in was logged already, by a double submit or by the partner at the same moment.
struct CheckInAlreadyLogged: TandemError {
    let status: HTTPResponseStatus = .conflict
    let code = "check_in.already_logged"
    let message = "This check-in is already logged."
    /// The existing check-in, when known.
    let meetingID: UUID?
}

enum CheckInQueries {
    /// Records a held check-in in one transaction: the meeting (turning a scheduled one into a
    /// check-in when given), the author's private note, the goals discussed and the actions.
    static func log(_ valid: ValidCheckIn, scheduled meetingID: UUID?, by user: User, in r: Relationship, on db: any Database) async throws -> Meeting {
        let rid = try r.requireID()
        let userID = try user.requireID()
        let goalIDs = Set(valid.goalIDs.compactMap(UUID.init(uuidString:)))
        let knownGoals = goalIDs.isEmpty ? [] : try await Goal.query(on: db).filter(\.$relationship.$id == rid).filter(\.$id ~~ goalIDs).all(\.$id)
        guard knownGoals.count == goalIDs.count, goalIDs.count == valid.goalIDs.count else {
            throw ValidationFailure([FieldError(field: "goal_ids", code: "invalid", message: "Choose goals from this relationship.")])
        }
        var meeting: Meeting?
        if let meetingID {
            // The scheduled meeting this check-in records: another pair's id is a 404, one already
            // logged points to that check-in, and a cancelled one is a 409.
            let found = try await WorkspaceLookup.meeting(meetingID, in: r, on: db)
            if found.status == .held { throw CheckInAlreadyLogged(meetingID: meetingID) }
            guard found.status == .scheduled else {
                throw AppError.conflict("meeting.not_scheduled", "This meeting has already been logged or cancelled.")
            }
            meeting = found
        }
        let held = meeting ?? Meeting(organisationID: user.organisationID, relationshipID: rid, createdBy: userID,
                                      meeting: valid.meeting, status: .held)
        if meeting != nil { held.move(to: valid.meeting) }
        held.status = .held
        held.sharedNotes = valid.sharedNotes
        held.loggedBy = userID
        do { try await db.transaction { tx in
            if let meetingID {
                // First statement, conditional: of two submits racing to log one scheduled meeting,
                // only one finds it still scheduled (and on SQLite it takes the write lock first).
                let claimed = try await (tx as! any SQLDatabase).raw("""
                    UPDATE meetings SET status = 'held', logged_by = \(bind: userID)
                    WHERE id = \(bind: meetingID) AND relationship_id = \(bind: rid) AND status = 'scheduled' RETURNING id
                    """).first()
                guard claimed != nil else { throw CheckInAlreadyLogged(meetingID: meetingID) }
            }
            // A new check-in's INSERT hits the one-check-in-per-start-time index if a double submit got there first.
            try await held.save(on: tx)
            let id = try held.requireID()
            if !valid.privateNotes.isEmpty {
                try await MeetingPrivateNote(organisationID: user.organisationID, relationshipID: rid, meetingID: id,
                                             authorID: userID, body: valid.privateNotes).create(on: tx)
            }
            for goalID in knownGoals {
                try await MeetingGoal(organisationID: user.organisationID, relationshipID: rid, meetingID: id, goalID: goalID).create(on: tx)
            }
            for action in valid.actions {
                guard let owner = UUID(uuidString: action.ownerID) else { continue }
                try await ActionItem(organisationID: user.organisationID, relationshipID: rid, meetingID: id, ownerID: owner,
                                     title: action.title, dueOn: action.dueOn).create(on: tx)
            }
        } } catch where UniqueViolation.matches(error) {
            throw CheckInAlreadyLogged(meetingID: nil)
        }
        return held
    }

    /// The partner confirms a check-in took place, which makes its hours count as confirmed.
    static func confirm(_ meeting: Meeting, by user: User, on db: any Database) async throws {
        guard meeting.status == .held else { throw AppError.conflict("check_in.not_held", "Only a check-in that took place can be confirmed.") }
        guard (meeting.loggedBy ?? meeting.createdBy) != user.id else {
            throw AppError(status: .forbidden, code: "check_in.own", message: "Your partner confirms the check-ins you log.")
        }
        guard meeting.confirmedAt == nil else { return }
        meeting.confirmedBy = user.id
        meeting.confirmedAt = Date()
        try await meeting.save(on: db)
    }
}
