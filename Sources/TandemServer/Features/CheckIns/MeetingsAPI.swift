import Fluent
import TandemCore
import Vapor

/// Meetings and check-ins of a relationship. Private notes appear only to their author.
enum MeetingsAPI {
    struct ActionResponse: APIContent {
        let id: UUID
        let title: String
        let ownerID: UUID
        let dueOn: String?
        let done: Bool
    }

    struct MeetingResponse: APIContent {
        let id: UUID
        let status: String
        let startsAt: Date
        let timeZone: String
        let durationMinutes: Int
        let format: String
        let link: String?
        let agenda: String
        let sequence: Int
        let sharedNotes: String
        let myPrivateNote: String?
        let goalIDs: [UUID]
        let actions: [ActionResponse]
        let loggedBy: UUID?
        let confirmed: Bool
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "relationships/:relationshipID/meetings", .member, use: list,
                 "Meetings and check-ins, with my private notes only", tag: "meetings", response: "MeetingPage"),
        APIRoute(.POST, "relationships/:relationshipID/meetings", .member, use: schedule, "Schedule a meeting", tag: "meetings",
                 body: "MeetingInput", response: "Meeting", success: 201, errors: APIRoute.write),
        APIRoute(.PUT, "relationships/:relationshipID/meetings/:meetingID", .member, use: move,
                 "Move a scheduled meeting (raises its calendar SEQUENCE)", tag: "meetings",
                 body: "MeetingInput", response: "Meeting", errors: APIRoute.write),
        APIRoute(.POST, "relationships/:relationshipID/meetings/:meetingID/cancel", .member, use: cancel,
                 "Cancel a scheduled meeting", tag: "meetings", response: "Meeting", errors: APIRoute.write),
        APIRoute(.POST, "relationships/:relationshipID/check-ins", .member, use: logCheckIn, "Log a check-in that took place",
                 tag: "meetings", body: "CheckInInput", response: "Meeting", success: 201, errors: APIRoute.write),
        APIRoute(.POST, "relationships/:relationshipID/check-ins/:meetingID/confirm", .member, use: confirm,
                 "Confirm my partner's check-in", tag: "meetings", response: "Meeting", errors: APIRoute.write),
    ]

    @Sendable static func list(req: Request) async throws -> APIPage<MeetingResponse> {
        let (user, r) = try await req.memberRelationship()
        return APIPage(items: try await responses(in: r, for: user, on: req.db), nextCursor: nil)
    }

    @Sendable static func schedule(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let meeting = try await MeetingService(context: try req.serviceContext()).schedule(try req.content.decode(MeetingDraft.self), in: r)
        return try await one(meeting, in: r, for: user, on: req.db).encodeResponse(status: .created, for: req)
    }

    @Sendable static func move(req: Request) async throws -> MeetingResponse {
        let (user, r) = try await req.memberRelationship()
        let service = MeetingService(context: try req.serviceContext())
        let meeting = try await service.scheduled(req.parameters.get("meetingID", as: UUID.self), in: r)
        try await service.move(meeting, to: try req.content.decode(MeetingDraft.self), in: r)
        return try await one(meeting, in: r, for: user, on: req.db)
    }

    @Sendable static func cancel(req: Request) async throws -> MeetingResponse {
        let (user, r) = try await req.memberRelationship()
        let service = MeetingService(context: try req.serviceContext())
        let meeting = try await service.scheduled(req.parameters.get("meetingID", as: UUID.self), in: r)
        try await service.cancel(meeting, in: r)
        return try await one(meeting, in: r, for: user, on: req.db)
    }

    struct CheckInRef: APIContent {
        var meetingID: UUID?
    }

    @Sendable static func logCheckIn(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let draft = try req.content.decode(CheckInDraft.self)
        let scheduled = (try? req.apiBody(CheckInRef.self))?.meetingID
        let meeting = try await CheckInService(context: try req.serviceContext()).log(draft, scheduled: scheduled, in: r)
        return try await one(meeting, in: r, for: user, on: req.db).encodeResponse(status: .created, for: req)
    }

    @Sendable static func confirm(req: Request) async throws -> MeetingResponse {
        let (user, r) = try await req.memberRelationship()
        let meeting = try await CheckInService(context: try req.serviceContext()).confirm(req.parameters.get("meetingID", as: UUID.self), in: r)
        return try await one(meeting, in: r, for: user, on: req.db)
    }

    static func one(_ meeting: Meeting, in r: Relationship, for user: User, on db: any Database) async throws -> MeetingResponse {
        let id = try meeting.requireID()
        guard let found = try await responses(in: r, for: user, on: db).first(where: { $0.id == id }) else { throw AccessError.notFound(.meeting) }
        return found
    }

    /// Every meeting with its goals, actions and the viewer's own private notes, in four queries.
    static func responses(in r: Relationship, for user: User, on db: any Database) async throws -> [MeetingResponse] {
        let details = try await MeetingQueries.details(in: r, for: user, on: db)
        let (notes, goals, actions) = (details.myPrivateNotes, details.goals, details.actions)
        return details.meetings.compactMap { m in
            guard let id = m.id else { return nil }
            return MeetingResponse(
                id: id, status: m.status.rawValue, startsAt: m.startsAt, timeZone: m.timeZone, durationMinutes: m.durationMinutes,
                format: m.format.rawValue, link: m.link, agenda: m.agenda, sequence: m.sequence, sharedNotes: m.sharedNotes,
                myPrivateNote: notes.first { $0.meetingID == id }?.body,
                goalIDs: goals.filter { $0.meetingID == id }.map(\.goalID),
                actions: actions.filter { $0.meetingID == id }.map {
                    ActionResponse(id: $0.id ?? UUID(), title: $0.title, ownerID: $0.ownerID, dueOn: $0.dueOn, done: $0.doneAt != nil)
                },
                loggedBy: m.loggedBy, confirmed: m.confirmedAt != nil)
        }
    }
}
