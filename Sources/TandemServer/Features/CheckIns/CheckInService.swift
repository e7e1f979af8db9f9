import Fluent
import Foundation
import SQLKit
import TandemCore

/// Check-ins: meetings that took place, logged by one member and confirmed by the other, with
/// their notes, goals and actions.
struct CheckInService {
    let context: ServiceContext

    /// Logging is open while the relationship is active and the programme takes check-ins.
    func requireMayLog(in r: Relationship) async throws {
        try await MeetingService(context: context).requireMaySchedule(in: r)
    }

    /// Logs a check-in the actor took part in, once the relationship and programme allow it.
    func log(_ draft: CheckInDraft, scheduled meetingID: UUID?, in r: Relationship) async throws -> Meeting {
        try await requireMayLog(in: r)
        let valid = try draft.validate(defaultTimeZone: try await ViewerZone.of(context.actor, on: context.db), now: Date(),
                                       memberIDs: Set(r.memberIDs.map(\.uuidString)), relationshipStarted: r.startedAt)
        let held = try await Self.record(valid, scheduled: meetingID, by: context.actor, in: r, on: context.db)
        await context.effects.notify(PartnerNotifications.drafts(
            .checkInAwaitingConfirmation, in: r, by: context.actor, title: "\(context.actor.name) logged a check-in: please confirm it",
            body: "Confirmed check-ins count as mentoring hours for both of you.", anchor: "#check-ins",
            key: held.id?.uuidString ?? UUID().uuidString))
        return held
    }

    /// Records a held check-in in one transaction: the meeting (turning a scheduled one into a
    /// check-in when given), the author's private note, the goals discussed and the actions.
    /// No guards: `log` checks them; the demo seeds history with this directly.
    static func record(_ valid: ValidCheckIn, scheduled meetingID: UUID?, by user: User, in r: Relationship,
                       on db: any Database) async throws -> Meeting {
        let rid = try r.requireID()
        let userID = try user.requireID()
        let goalIDs = Set(valid.goalIDs.compactMap(UUID.init(uuidString:)))
        let knownGoals = goalIDs.isEmpty ? [] : try await Goal.query(on: db).filter(\.$relationship.$id == rid).filter(\.$id ~~ goalIDs).all(\.$id)
        try CheckInGoals.requireKnown(valid.goalIDs, knownCount: knownGoals.count)
        var meeting: Meeting?
        if let meetingID {
            // The scheduled meeting this check-in records: another pair's id is a 404, one already
            // logged points to that check-in, and a cancelled one is a 409.
            let found = try await WorkspaceLookup.meeting(meetingID, in: r, on: db)
            if found.status == .held { throw CheckInError.alreadyLogged(meetingID: meetingID) }
            guard found.status == .scheduled else { throw MeetingError.notScheduled }
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
                    UPDATE meetings SET status = \(bind: MeetingStatus.held.rawValue), logged_by = \(bind: userID)
                    WHERE id = \(bind: meetingID) AND relationship_id = \(bind: rid)
                    AND status = \(bind: MeetingStatus.scheduled.rawValue) RETURNING id
                    """).first()
                guard claimed != nil else { throw CheckInError.alreadyLogged(meetingID: meetingID) }
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
            throw CheckInError.alreadyLogged(meetingID: nil)
        }
        return held
    }

    /// The partner confirms a check-in took place, which makes its hours count as confirmed.
    func confirm(_ id: UUID?, in r: Relationship) async throws -> Meeting {
        try r.requireActive()
        let meeting = try await WorkspaceLookup.meeting(id, in: r, on: context.db)
        guard meeting.status == .held else { throw CheckInError.notHeld }
        guard (meeting.loggedBy ?? meeting.createdBy) != context.actor.id else { throw CheckInError.ownCheckIn }
        guard meeting.confirmedAt == nil else { return meeting }
        meeting.confirmedBy = context.actor.id
        meeting.confirmedAt = Date()
        try await meeting.save(on: context.db)
        return meeting
    }

    /// Ticks an action done, or back to open.
    func toggleAction(_ id: UUID?, in r: Relationship) async throws {
        try r.requireActive()
        guard let id, let action = try await ActionItem.query(on: context.db).filter(\.$id == id)
            .filter(\.$relationshipID == r.requireID()).first()
        else { throw AccessError.notFound(.action) }
        action.doneAt = action.doneAt == nil ? Date() : nil
        try await action.save(on: context.db)
    }
}
