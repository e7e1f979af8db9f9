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
        try await CheckInService(context: try req.serviceContext()).requireMayLog(in: r)
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
        let draft = try req.content.decode(CheckInDraft.self)
        let meetingID = (try? req.content.decode(MeetingRef.self).meeting_id).flatMap { $0 }.flatMap(UUID.init(uuidString:))
        do {
            let meeting = try await CheckInService(context: try req.serviceContext()).log(draft, scheduled: meetingID, in: r)
            return req.redirect(to: "/relationships/\(try r.requireID())/feedback/new?check_in=\(try meeting.requireID())&notice=check-in-logged")
        } catch CheckInError.alreadyLogged {
            // A double submit (or the partner, at the same moment): show the check-in that exists.
            return req.redirect(to: "/relationships/\(try r.requireID())?notice=check-in-exists#check-ins")
        } catch let failure as ValidationFailure {
            return try await CheckInFormPage.render(req, relationship: r, user: user, meetingID: meetingID?.uuidString ?? "",
                                                    values: draft, errors: failure.byField, status: .unprocessableEntity)
        }
    }

    /// The partner confirms the check-in took place, which makes its hours count as confirmed.
    @Sendable static func confirm(req: Request) async throws -> Response {
        let (_, r) = try await req.memberRelationship()
        _ = try await CheckInService(context: try req.serviceContext()).confirm(req.parameters.get("meetingID", as: UUID.self), in: r)
        return req.redirect(to: "/relationships/\(try r.requireID())?notice=check-in-confirmed#check-ins")
    }

    @Sendable static func toggleAction(req: Request) async throws -> Response {
        let (_, r) = try await req.memberRelationship()
        try await CheckInService(context: try req.serviceContext()).toggleAction(req.parameters.get("actionID", as: UUID.self), in: r)
        return req.redirect(to: "/relationships/\(try r.requireID())#actions")
    }
}
