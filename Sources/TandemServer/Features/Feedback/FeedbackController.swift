import Fluent
import TandemCore
import Vapor

/// Two-way feedback: each side tells the other what went well and what could be better.
enum FeedbackController {
    static func register(_ app: Application) {
        let base = app.grouped("relationships", ":relationshipID", "feedback")
        base.get("new", use: new)
        base.post(use: create)
    }

    struct FeedbackFormContext: Encodable {
        let chrome: PageChrome
        let relationshipURL: String
        let checkInID: String
        /// When the check-in this feedback is about took place; nil for general feedback.
        let checkInWhen: String?
        let recipients: [Choice]
        let values: FeedbackDraft
        let errors: [String: String]
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        try r.requireActive()
        return try await render(req, r, user: user, checkIn: req.query[UUID.self, at: "check_in"], to: nil, values: FeedbackDraft())
    }

    struct Target: Content {
        var to: String?
        var check_in: String?
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let draft = try req.content.decode(FeedbackDraft.self)
        let target = try req.content.decode(Target.self)
        let checkIn = target.check_in.flatMap(UUID.init(uuidString:))
        do {
            _ = try await FeedbackService(context: try req.serviceContext()).give(draft, to: target.to, about: checkIn, in: r)
            return req.redirect(to: "/relationships/\(try r.requireID())?notice=feedback-sent#feedback")
        } catch let failure as ValidationFailure {
            return try await render(req, r, user: user, checkIn: checkIn, to: target.to, values: draft,
                                    errors: failure.byField, status: .unprocessableEntity)
        }
    }

    static func render(_ req: Request, _ r: Relationship, user: User, checkIn: UUID?, to: String?, values: FeedbackDraft,
                       errors: [String: String] = [:], status: HTTPResponseStatus = .ok) async throws -> Response {
        let zone = try await ViewerZone.of(user, on: req.db).identifier
        let meeting = try await checkIn.asyncMap { try await WorkspaceLookup.meeting($0, in: r, on: req.db) }
        let others = r.members.filter { $0.$user.id != user.id }
        return try await req.page("feedback/form", FeedbackFormContext(
            chrome: PageChrome(request: req, title: "Give feedback", section: "dashboard"),
            relationshipURL: "/relationships/\(try r.requireID())", checkInID: meeting?.id?.uuidString ?? "",
            checkInWhen: meeting.map { DateText.dateTime($0.startsAt, timeZone: zone) },
            recipients: others.map { Choice(value: $0.$user.id.uuidString, label: $0.user.name,
                                            selected: $0.$user.id.uuidString == to || others.count == 1) },
            values: values, errors: errors), status: status)
    }
}
