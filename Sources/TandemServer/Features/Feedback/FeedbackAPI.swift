import Fluent
import TandemCore
import Vapor

/// Two-way feedback between the members of a relationship.
enum FeedbackAPI {
    struct FeedbackResponse: APIContent {
        let id: UUID
        let fromUserID: UUID
        let toUserID: UUID
        let checkInID: UUID?
        let wentWell: String
        let couldBeBetter: String
        let createdAt: Date?
    }

    struct FeedbackTarget: APIContent {
        var to: String?
        var checkIn: UUID?
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "relationships/:relationshipID/feedback", .member, use: feedback,
                 "Feedback I gave or received, newest first", tag: "feedback", query: ["before"], response: "FeedbackPage"),
        APIRoute(.POST, "relationships/:relationshipID/feedback", .member, use: giveFeedback, "Give my partner feedback",
                 tag: "feedback", body: "FeedbackInput", response: "Feedback", success: 201, errors: APIRoute.write),
    ]

    static func response(_ f: Feedback) -> FeedbackResponse {
        FeedbackResponse(id: f.id ?? UUID(), fromUserID: f.fromUserID, toUserID: f.toUserID, checkInID: f.meetingID,
                         wentWell: f.wentWell, couldBeBetter: f.couldBeBetter, createdAt: f.createdAt)
    }

    /// Feedback the viewer gave or received, newest first, 20 a page; `before` is the previous
    /// page's `next_cursor` (one that does not decode to a sane time is ignored).
    @Sendable static func feedback(req: Request) async throws -> APIPage<FeedbackResponse> {
        let (user, r) = try await req.memberRelationship()
        let before = try req.timeCursor("before")
        let page = try await WorkspacePages.feedback(relationshipID: r.requireID(), involving: user.requireID(),
                                                     before: before, on: req.db)
        return APIPage(items: page.rows.map(response), nextCursor: page.next?.encoded)
    }

    @Sendable static func giveFeedback(req: Request) async throws -> Response {
        let (_, r) = try await req.memberRelationship()
        let target = try req.apiBody(FeedbackTarget.self)
        let f = try await FeedbackService(context: try req.serviceContext())
            .give(try req.content.decode(FeedbackDraft.self), to: target.to, about: target.checkIn, in: r)
        return try await response(f).encodeResponse(status: .created, for: req)
    }
}
