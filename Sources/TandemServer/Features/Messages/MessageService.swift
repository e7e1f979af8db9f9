import Fluent
import Foundation
import TandemCore

/// Everything that changes the pair's message thread.
struct MessageService {
    let context: ServiceContext

    /// Saves the message and marks the thread read for its author in one transaction. The text
    /// is trimmed and checked by Core (`MessageText`: 4,000 characters and 16,000 UTF-8 bytes).
    @discardableResult
    func send(_ raw: String, in r: Relationship) async throws -> Message {
        try r.requireActive()
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = MessageText.problem(with: text) { throw ValidationFailure([problem]) }
        let user = context.actor
        let message = Message(organisationID: user.organisationID, relationshipID: try r.requireID(),
                              authorID: try user.requireID(), body: text)
        try await context.db.transaction { tx in
            try await message.create(on: tx)
            try await MessageQueries.markRead(relationship: r, for: user, at: message.createdAt, on: tx)
        }
        await context.effects.notify(PartnerNotifications.drafts(
            .message, in: r, by: user, title: "New message from \(user.name)",
            // The thread is the pair's own: no text leaves it, not even into an email admins could read in the outbox.
            body: "Open your conversation to read it and reply.",
            anchor: "#messages", key: message.id?.uuidString ?? UUID().uuidString))
        return message
    }

    /// Marks the thread read up to now for the actor.
    func markRead(_ r: Relationship, at now: Date = Date()) async throws {
        try await MessageQueries.markRead(relationship: r, for: context.actor, at: now, on: context.db)
    }
}
