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
        let checkInWhen: String
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
        try r.requireActive()
        let draft = try req.content.decode(FeedbackDraft.self)
        let target = try req.content.decode(Target.self)
        let checkIn = target.check_in.flatMap(UUID.init(uuidString:))
        do {
            _ = try await give(draft, to: target.to, about: checkIn, from: user, in: r, on: req.db)
            return req.redirect(to: "/relationships/\(try r.requireID())?notice=feedback-sent#feedback")
        } catch let failure as ValidationFailure {
            return try await render(req, r, user: user, checkIn: checkIn, to: target.to, values: draft,
                                    errors: failure.byField, status: .unprocessableEntity)
        }
    }

    /// Validates and saves feedback from `user` to another member, about a check-in if named.
    static func give(_ draft: FeedbackDraft, to raw: String?, about checkIn: UUID?, from user: User, in r: Relationship,
                     on db: any Database) async throws -> Feedback {
        let recipient = try recipient(raw, of: r, from: user)
        let valid = try draft.validate()
        let meetingID = try await checkIn.asyncMap { try await WorkspaceLookup.meeting($0, in: r, on: db).requireID() }
        let feedback = Feedback(organisationID: user.organisationID, relationshipID: try r.requireID(), meetingID: meetingID,
                                from: try user.requireID(), to: recipient, wentWell: valid.wentWell, couldBeBetter: valid.couldBeBetter)
        try await feedback.create(on: db)
        return feedback
    }

    /// Another member of this relationship; in a pair there is only one, so it may be left out.
    static func recipient(_ raw: String?, of r: Relationship, from user: User) throws(ValidationFailure) -> UUID {
        let others = r.memberIDs.filter { $0 != user.id }
        if let raw, let id = UUID(uuidString: raw), others.contains(id) { return id }
        if (raw ?? "").isEmpty, others.count == 1, let only = others.first { return only }
        throw ValidationFailure([FieldError(field: "to", code: "required", message: "Choose who this feedback is for.")])
    }

    static func render(_ req: Request, _ r: Relationship, user: User, checkIn: UUID?, to: String?, values: FeedbackDraft,
                       errors: [String: String] = [:], status: HTTPResponseStatus = .ok) async throws -> Response {
        let zone = try await ViewerZone.of(user, on: req.db).identifier
        let meeting = try await checkIn.asyncMap { try await WorkspaceLookup.meeting($0, in: r, on: req.db) }
        let others = r.members.filter { $0.$user.id != user.id }
        return try await req.page("feedback/form", FeedbackFormContext(
            chrome: PageChrome(request: req, title: "Give feedback", section: "dashboard"),
            relationshipURL: "/relationships/\(try r.requireID())", checkInID: meeting?.id?.uuidString ?? "",
            checkInWhen: meeting.map { DateText.dateTime($0.startsAt, timeZone: zone) } ?? "",
            recipients: others.map { Choice(value: $0.$user.id.uuidString, label: $0.user.name,
                                            selected: $0.$user.id.uuidString == to || others.count == 1) },
            values: values, errors: errors), status: status)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async throws -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
