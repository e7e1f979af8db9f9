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
        await notify(.meetingScheduled, meeting, in: r, verb: "scheduled a meeting")
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
    func move(_ meeting: Meeting, to draft: MeetingDraft, in r: Relationship) async throws {
        guard meeting.status == .scheduled else { throw MeetingError.notScheduled }
        meeting.move(to: try await validate(draft))
        try await meeting.save(on: context.db)
        await notify(.meetingMoved, meeting, in: r, verb: "moved your meeting to")
    }

    /// Cancels a meeting found by `scheduled(_:in:)`.
    func cancel(_ meeting: Meeting, in r: Relationship) async throws {
        guard meeting.status == .scheduled else { throw MeetingError.notScheduled }
        meeting.cancel()
        try await meeting.save(on: context.db)
        await notify(.meetingCancelled, meeting, in: r, verb: "cancelled your meeting of")
    }

    /// Tells the other members; the key includes the calendar SEQUENCE, so each move notifies once.
    private func notify(_ kind: NotificationKind, _ meeting: Meeting, in r: Relationship, verb: String) async {
        guard let id = meeting.id else { return }
        let when = DateText.dateTime(meeting.startsAt, timeZone: meeting.timeZone)
        let programme = r.$programme.value?.name ?? "Tandem"
        var event = CalendarEvents.event(for: meeting, title: "Mentoring: \(programme)", programme: programme,
                                         publicURL: context.effects.application.settings.publicURL)
        event.organizer = CalendarPerson(name: context.actor.name, email: context.actor.email)
        event.attendees = (try? await User.query(on: context.db).filter(\.$id ~~ r.memberIDs).filter(\.$id != context.actor.requireID())
            .sort(\.$name).all().map { CalendarPerson(name: $0.name, email: $0.email) }) ?? []
        let method: OutgoingEmail.CalendarPart.Method = kind == .meetingCancelled ? .cancel : .request
        let invitation = OutgoingEmail.CalendarPart(method: method, ics: ICalendarWriter().document(events: [event], method: method.rawValue))
        var drafts = PartnerNotifications.drafts(
            kind, in: r, by: context.actor, title: "\(context.actor.name) \(verb) \(when)",
            body: kind == .meetingCancelled ? "The meeting will not take place. Its calendar entry is cancelled too."
                : "It is in your calendar feed. Open the relationship to see the agenda.",
            anchor: "#meetings", key: "\(id):\(meeting.sequence)")
        for index in drafts.indices { drafts[index].calendar = invitation }
        await context.effects.notify(drafts)
    }

    private func validate(_ draft: MeetingDraft) async throws -> ValidMeeting {
        try draft.validate(defaultTimeZone: try await ViewerZone.of(context.actor, on: context.db), now: Date(), mustBeInFuture: true)
    }
}
