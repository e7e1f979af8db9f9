import Fluent
import TandemCore
import Vapor

/// Meetings the pair schedules ahead. Moving keeps the calendar UID and raises SEQUENCE;
/// cancelling keeps the row, so feeds can publish STATUS:CANCELLED.
enum MeetingsController {
    static func register(_ app: Application) {
        let meetings = app.grouped("relationships", ":relationshipID", "meetings")
        meetings.get("new", use: new)
        meetings.post(use: create)
        meetings.get(":meetingID", "edit", use: edit)
        meetings.post(":meetingID", "edit", use: update)
        meetings.post(":meetingID", "cancel", use: cancel)
        meetings.get(":meetingID", "event.ics", use: download)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        try await MeetingService(context: try req.serviceContext()).requireMaySchedule(in: r)
        let zone = try await ViewerZone.of(user, on: req.db)
        let now = Date()
        let facts = try await MeetingFacts.load(relationshipID: r.requireID(), now: now, on: req.db)
        return try await MeetingFormPage.render(req, relationship: r, meeting: nil,
                                                values: MeetingFormPage.suggestion(for: r, facts: facts, zone: zone, now: now))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let (_, r) = try await req.memberRelationship()
        let draft = try req.content.decode(MeetingDraft.self)
        do {
            _ = try await MeetingService(context: try req.serviceContext()).schedule(draft, in: r)
            return req.redirect(to: "/relationships/\(try r.requireID())?notice=meeting-scheduled#meetings")
        } catch let failure as ValidationFailure {
            return try await MeetingFormPage.render(req, relationship: r, meeting: nil, values: draft,
                                                    errors: failure.byField, status: .unprocessableEntity)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let (_, r) = try await req.memberRelationship()
        let meeting = try await MeetingService(context: try req.serviceContext()).scheduled(req.parameters.get("meetingID", as: UUID.self), in: r)
        return try await MeetingFormPage.render(req, relationship: r, meeting: meeting, values: MeetingFormPage.draft(from: meeting))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let (_, r) = try await req.memberRelationship()
        let service = MeetingService(context: try req.serviceContext())
        let meeting = try await service.scheduled(req.parameters.get("meetingID", as: UUID.self), in: r)
        let draft = try req.content.decode(MeetingDraft.self)
        do {
            try await service.move(meeting, to: draft, in: r)
            return req.redirect(to: "/relationships/\(try r.requireID())?notice=meeting-moved#meetings")
        } catch let failure as ValidationFailure {
            return try await MeetingFormPage.render(req, relationship: r, meeting: meeting, values: draft,
                                                    errors: failure.byField, status: .unprocessableEntity)
        }
    }

    @Sendable static func cancel(req: Request) async throws -> Response {
        let (_, r) = try await req.memberRelationship()
        let service = MeetingService(context: try req.serviceContext())
        try await service.cancel(try await service.scheduled(req.parameters.get("meetingID", as: UUID.self), in: r), in: r)
        return req.redirect(to: "/relationships/\(try r.requireID())?notice=meeting-cancelled#meetings")
    }

    /// One meeting as an .ics file, for people who do not subscribe to the feed.
    @Sendable static func download(req: Request) async throws -> Response {
        let (_, r) = try await req.memberRelationship()
        let meeting = try await WorkspaceLookup.meeting(req.parameters.get("meetingID", as: UUID.self), in: r, on: req.db)
        let names = r.members.map(\.user.name).sorted().joined(separator: " & ")
        let event = CalendarEvents.event(for: meeting, title: "Mentoring: \(names)", programme: r.programme.name,
                                         publicURL: req.application.settings.publicURL)
        let body = ICalendarWriter().document(events: [event])
        return CalendarEvents.response(body, fileName: "check-in-\(DateText.inputs(meeting.startsAt, timeZone: meeting.zone).date)")
    }
}
