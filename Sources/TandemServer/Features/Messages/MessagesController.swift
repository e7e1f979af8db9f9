import Fluent
import TandemCore
import Vapor

/// The pair's message thread: plain text, stored, paginated, with unread counts.
enum MessagesController {
    static func register(_ app: Application) {
        app.get("relationships", ":relationshipID", "messages", use: older)
        app.post("relationships", ":relationshipID", "messages", use: post)
    }

    @Sendable static func post(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let raw = try req.content.decode(MessageInput.self).body ?? ""
        do {
            try await MessageService(context: try req.serviceContext()).send(raw, in: r)
        } catch let failure as ValidationFailure {
            return try await WorkspacePage.render(req, relationship: r, user: user, forms: WorkspaceForms(
                message: raw.trimmingCharacters(in: .whitespacesAndNewlines), messageError: failure.fields.first?.message ?? ""))
        }
        return req.redirect(to: "/relationships/\(try r.requireID())#messages")
    }

    /// Older messages, one keyset page at a time.
    @Sendable static func older(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let zone = try await ViewerZone.of(user, on: req.db).identifier
        let before = try req.timeCursor("before")
        let page = try await MessageQueries.page(relationshipID: try r.requireID(), before: before, limit: 50, on: req.db)
        let names = Dictionary(r.members.map { ($0.$user.id, $0.user.name) }, uniquingKeysWith: { a, _ in a })
        let base = "/relationships/\(try r.requireID())"
        return try await req.page("messages/history", MessageHistoryContext(
            chrome: PageChrome(request: req, title: "Messages", section: "dashboard"),
            relationshipURL: base, programmeName: r.programme.name,
            messages: page.messages.map {
                MessageRow(author: names[$0.authorID] ?? "A former member", when: DateText.dateTime($0.createdAt, timeZone: zone),
                           html: MessageText.html($0.body), isMine: $0.authorID == user.id)
            },
            hasMessages: !page.messages.isEmpty,
            olderURL: page.olderCursor.map { "\(base)/messages?before=\($0.encoded)" }))
    }
}

struct MessageHistoryContext: Encodable {
    let chrome: PageChrome
    let relationshipURL: String
    let programmeName: String
    let messages: [MessageRow]
    let hasMessages: Bool
    let olderURL: String?
}
