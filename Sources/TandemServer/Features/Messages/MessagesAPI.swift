import Fluent
import TandemCore
import Vapor

/// The pair's message thread.
enum MessagesAPI {
    struct MessageResponse: APIContent {
        let id: UUID
        let authorID: UUID
        let body: String
        let createdAt: Date
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "relationships/:relationshipID/messages", .member, use: messages,
                 "Messages, newest first; marks the thread read", tag: "messages", query: ["before"], response: "MessagePage"),
        APIRoute(.POST, "relationships/:relationshipID/messages", .member, use: postMessage, "Send a message", tag: "messages",
                 body: "MessageInput", response: "Message", success: 201, errors: APIRoute.write),
    ]

    /// Newest first, 50 a page; `before` is the previous page's `next_cursor`.
    @Sendable static func messages(req: Request) async throws -> APIPage<MessageResponse> {
        let (_, r) = try await req.memberRelationship()
        let before = try req.timeCursor("before")
        let page = try await MessageQueries.page(relationshipID: try r.requireID(), before: before, limit: 50, on: req.db)
        if before == nil { try await MessageService(context: try req.serviceContext()).markRead(r) }
        return APIPage(items: page.messages.reversed().map {
            MessageResponse(id: $0.id ?? UUID(), authorID: $0.authorID, body: $0.body, createdAt: $0.createdAt)
        }, nextCursor: page.olderCursor?.encoded)
    }

    @Sendable static func postMessage(req: Request) async throws -> Response {
        let (_, r) = try await req.memberRelationship()
        let m = try await MessageService(context: try req.serviceContext()).send(try req.apiBody(MessageInput.self).body ?? "", in: r)
        return try await MessageResponse(id: try m.requireID(), authorID: m.authorID, body: m.body, createdAt: m.createdAt)
            .encodeResponse(status: .created, for: req)
    }
}
