import Fluent
import Foundation
import TandemCore

/// Meetings the pair schedules ahead. Moving keeps the calendar UID and raises SEQUENCE;
/// cancelling keeps the row, so feeds can publish STATUS:CANCELLED.
struct MeetingService {
    let context: ServiceContext

    /// Scheduling is open while the relationship is active and the programme takes check-ins.
    func requireMaySchedule(in r: Relationship) async throws {
        try r.requireActive()
        try await CheckInWindow.requireOpen(r, user: context.actor, on: context.db)
    }

    func schedule(_ draft: MeetingDraft, in r: Relationship) async throws -> Meeting {
        try await requireMaySchedule(in: r)
        let valid = try await validate(draft)
        let meeting = Meeting(organisationID: context.actor.organisationID, relationshipID: try r.requireID(),
                              createdBy: try context.actor.requireID(), meeting: valid, status: .scheduled)
        try await meeting.create(on: context.db)
        return meeting
    }

    /// A meeting still to come, which may be moved or cancelled; 409 once logged or cancelled.
    func scheduled(_ id: UUID?, in r: Relationship) async throws -> Meeting {
        try r.requireActive()
        let meeting = try await WorkspaceLookup.meeting(id, in: r, on: context.db)
        guard meeting.status == .scheduled else { throw MeetingError.notScheduled }
        return meeting
    }

    /// Moves a meeting found by `scheduled(_:in:)`.
    func move(_ meeting: Meeting, to draft: MeetingDraft) async throws {
        guard meeting.status == .scheduled else { throw MeetingError.notScheduled }
        meeting.move(to: try await validate(draft))
        try await meeting.save(on: context.db)
    }

    /// Cancels a meeting found by `scheduled(_:in:)`.
    func cancel(_ meeting: Meeting) async throws {
        guard meeting.status == .scheduled else { throw MeetingError.notScheduled }
        meeting.cancel()
        try await meeting.save(on: context.db)
    }

    private func validate(_ draft: MeetingDraft) async throws -> ValidMeeting {
        try draft.validate(defaultTimeZone: try await ViewerZone.of(context.actor, on: context.db), now: Date(), mustBeInFuture: true)
    }
}
