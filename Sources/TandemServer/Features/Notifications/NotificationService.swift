import Fluent
import Foundation
import TandemCore
import Vapor

/// Everything a person does with their own notifications: read them, open one, mark them all
/// read, choose how each kind reaches them, and unsubscribe from an email.
struct NotificationService {
    let context: ServiceContext

    private var userID: UUID { context.actor.id! }

    func page(after cursor: KeysetCursor?) async throws -> NotificationQueries.Page {
        try await NotificationQueries.page(for: userID, after: cursor, on: context.db)
    }

    /// Marks the notification read and returns where it points.
    func open(_ id: UUID?) async throws -> String {
        let notification = try await NotificationQueries.find(id, for: userID, on: context.db)
        if notification.readAt == nil {
            try await AppNotification.query(on: context.db).filter(\.$id == notification.requireID())
                .set(\.$readAt, to: Date()).update()
        }
        return notification.link
    }

    func markAllRead() async throws {
        try await AppNotification.query(on: context.db).filter(\.$userID == userID).filter(\.$readAt == nil)
            .set(\.$readAt, to: Date()).update()
    }

    /// Each choosable kind with the person's choice (or the default).
    func choices() async throws -> [(kind: NotificationKind, choice: DeliveryChoice)] {
        let chosen = try await NotificationPreferenceQueries.choices(of: [userID], on: context.db)[userID] ?? [:]
        return NotificationKind.choosable.map { ($0, DeliveryChoice.effective(chosen[$0], for: $0)) }
    }

    /// Saves the choices sent; an unknown kind or choice is a field problem, and nothing is saved.
    func saveChoices(_ draft: DeliveryChoicesDraft) async throws {
        try await Self.save(try draft.validate(), for: userID, on: context.db)
    }

    /// Replaces a person's rows for these kinds in one transaction.
    static func save(_ choices: [(NotificationKind, DeliveryChoice)], for userID: UUID, on db: any Database) async throws {
        guard !choices.isEmpty else { return }
        try await db.transaction { db in
            try await NotificationPreference.query(on: db).filter(\.$userID == userID)
                .filter(\.$kind ~~ choices.map(\.0)).delete()
            for (kind, choice) in choices where choice != .default {
                try await NotificationPreference(userID: userID, kind: kind, choice: choice).save(on: db)
            }
        }
    }
}

extension Request {
    func notificationService() throws -> NotificationService {
        NotificationService(context: try serviceContext())
    }
}
