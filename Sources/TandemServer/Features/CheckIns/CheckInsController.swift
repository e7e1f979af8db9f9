import Fluent
import TandemCore
import Vapor

/// Check-ins: meetings that took place, logged by one member and confirmed by the other.
enum CheckInsController {
    static func register(_ app: Application) {
        let base = app.grouped("relationships", ":relationshipID")
        base.get("check-ins", "new", use: new)
        base.post("check-ins", use: create)
        base.post("check-ins", ":meetingID", "confirm", use: confirm)
        base.post("actions", ":actionID", "toggle", use: toggleAction)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        try r.requireActive()
        try await CheckInWindow.requireOpen(r, user: user, on: req.db)
        let zone = try await ViewerZone.of(user, on: req.db)
        var draft = CheckInDraft()
        var meetingID = ""
        if let id = req.query[UUID.self, at: "meeting"] {
            let meeting = try await WorkspaceLookup.meeting(id, in: r, on: req.db)
            if meeting.status == .scheduled {
                draft.meeting = MeetingFormPage.draft(from: meeting)
                meetingID = id.uuidString
            }
        }
        if meetingID.isEmpty {
            let now = DateText.inputs(Date(), timeZone: zone)
            draft.meeting = MeetingDraft(date: now.date, time: now.time, timeZone: zone.identifier, durationMinutes: "45",
                                         format: MeetingFormat.video.rawValue, meetingLink: "", agenda: "")
        }
        return try await CheckInFormPage.render(req, relationship: r, user: user, meetingID: meetingID, values: draft)
    }

    struct MeetingRef: Content {
        var meeting_id: String?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        try r.requireActive()
        try await CheckInWindow.requireOpen(r, user: user, on: req.db)
        let draft = try req.content.decode(CheckInDraft.self)
        let meetingID = (try? req.content.decode(MeetingRef.self).meeting_id).flatMap { $0 }.flatMap(UUID.init(uuidString:))
        do {
            let valid = try draft.validate(defaultTimeZone: try await ViewerZone.of(user, on: req.db), now: Date(),
                                           memberIDs: Set(r.memberIDs.map(\.uuidString)), relationshipStarted: r.startedAt)
            let meeting = try await CheckInQueries.log(valid, scheduled: meetingID, by: user, in: r, on: req.db)
            return req.redirect(to: "/relationships/\(try r.requireID())/feedback/new?check_in=\(try meeting.requireID())&notice=check-in-logged")
        } catch is CheckInAlreadyLogged {
            // A double submit (or the partner, at the same moment): show the check-in that exists.
            return req.redirect(to: "/relationships/\(try r.requireID())?notice=check-in-exists#check-ins")
        } catch let failure as ValidationFailure {
            return try await CheckInFormPage.render(req, relationship: r, user: user, meetingID: meetingID?.uuidString ?? "",
                                                    values: draft, errors: failure.byField, status: .unprocessableEntity)
        }
    }

    /// The partner confirms the check-in took place, which makes its hours count as confirmed.
    @Sendable static func confirm(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        try r.requireActive()
        let meeting = try await WorkspaceLookup.meeting(req.parameters.get("meetingID", as: UUID.self), in: r, on: req.db)
        try await CheckInQueries.confirm(meeting, by: user, on: req.db)
        return req.redirect(to: "/relationships/\(try r.requireID())?notice=check-in-confirmed#check-ins")
    }

    @Sendable static func toggleAction(req: Request) async throws -> Response {
        let (_, r) = try await req.memberRelationship()
        try r.requireActive()
        guard let id = req.parameters.get("actionID", as: UUID.self),
              let action = try await ActionItem.query(on: req.db).filter(\.$id == id).filter(\.$relationshipID == r.requireID()).first()
        else { throw AccessError.notFound(.action) }
        action.doneAt = action.doneAt == nil ? Date() : nil
        try await action.save(on: req.db)
        return req.redirect(to: "/relationships/\(try r.requireID())#actions")
    }
}
