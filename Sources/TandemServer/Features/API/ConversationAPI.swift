import Fluent
import TandemCore
import Vapor

/// Messages, feedback and closing reflections of a relationship.
enum ConversationAPI {
    struct MessageResponse: Content {
        let id: UUID
        let author_id: UUID
        let body: String
        let created_at: Date
    }

    struct FeedbackResponse: Content {
        let id: UUID
        let from_user_id: UUID
        let to_user_id: UUID
        let check_in_id: UUID?
        let went_well: String
        let could_be_better: String
        let created_at: Date?
    }

    struct MessageBody: Content {
        var body: String?
    }

    struct FeedbackTarget: Content {
        var to: String?
        var check_in: UUID?
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "relationships/:relationshipID/messages", .member, use: messages,
                 "Messages, newest first; marks the thread read", tag: "messages", query: ["before"], response: "MessagePage"),
        APIRoute(.POST, "relationships/:relationshipID/messages", .member, use: postMessage, "Send a message", tag: "messages",
                 body: "MessageInput", response: "Message", success: 201, errors: APIRoute.write),
        APIRoute(.GET, "relationships/:relationshipID/feedback", .member, use: feedback,
                 "Feedback I gave or received, newest first", tag: "feedback", query: ["before"], response: "FeedbackPage"),
        APIRoute(.POST, "relationships/:relationshipID/feedback", .member, use: giveFeedback, "Give my partner feedback",
                 tag: "feedback", body: "FeedbackInput", response: "Feedback", success: 201, errors: APIRoute.write),
        APIRoute(.POST, "relationships/:relationshipID/close", .member, use: close,
                 "Write my closing reflection; the first one archives the relationship", tag: "relationships",
                 body: "ReflectionInput", response: "Relationship", errors: APIRoute.write),
    ]

    /// Newest first, 50 a page; `before` is the previous page's `next_cursor`.
    @Sendable static func messages(req: Request) async throws -> APIPage<MessageResponse> {
        let (user, r) = try await req.memberRelationship()
        let before = try req.timeCursor("before")
        let page = try await MessageQueries.page(relationshipID: try r.requireID(), before: before, limit: 50, on: req.db)
        if before == nil { try await MessageQueries.markRead(relationship: r, for: user, at: Date(), on: req.db) }
        return APIPage(items: page.messages.reversed().map {
            MessageResponse(id: $0.id ?? UUID(), author_id: $0.authorID, body: $0.body, created_at: $0.createdAt)
        }, next_cursor: page.olderCursor?.encoded)
    }

    @Sendable static func postMessage(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        try r.requireActive()
        let text = (try req.content.decode(MessageBody.self).body ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = MessageText.problem(with: text) { throw ValidationFailure([problem]) }
        let m = try await MessagesController.send(text, from: user, in: r, on: req.db)
        return try await MessageResponse(id: try m.requireID(), author_id: m.authorID, body: m.body, created_at: m.createdAt)
            .encodeResponse(status: .created, for: req)
    }

    static func response(_ f: Feedback) -> FeedbackResponse {
        FeedbackResponse(id: f.id ?? UUID(), from_user_id: f.fromUserID, to_user_id: f.toUserID, check_in_id: f.meetingID,
                         went_well: f.wentWell, could_be_better: f.couldBeBetter, created_at: f.createdAt)
    }

    /// Feedback the viewer gave or received, newest first, 20 a page; `before` is the previous
    /// page's `next_cursor` (one that does not decode to a sane time is ignored).
    @Sendable static func feedback(req: Request) async throws -> APIPage<FeedbackResponse> {
        let (user, r) = try await req.memberRelationship()
        let before = try req.timeCursor("before")
        let page = try await WorkspacePages.feedback(relationshipID: r.requireID(), involving: user.requireID(),
                                                     before: before, on: req.db)
        return APIPage(items: page.rows.map(response), next_cursor: page.next?.encoded)
    }

    @Sendable static func giveFeedback(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        try r.requireActive()
        let target = try req.content.decode(FeedbackTarget.self)
        let f = try await FeedbackController.give(try req.content.decode(FeedbackDraft.self), to: target.to, about: target.check_in,
                                                  from: user, in: r, on: req.db)
        return try await response(f).encodeResponse(status: .created, for: req)
    }

    @Sendable static func close(req: Request) async throws -> RelationshipsAPI.RelationshipResponse {
        let (user, r) = try await req.memberRelationship()
        try await ClosingController.reflect(try req.content.decode(ClosingReflectionDraft.self).validate(), by: user, on: r, db: req.db)
        await req.scoresChanged()
        return try await RelationshipsAPI.response(r, on: req.db)
    }
}
