import Fluent
import TandemCore
import Vapor

/// The notifications page, opening one, "mark all read", and the delivery preferences.
enum NotificationsController {
    static func register(_ app: Application) {
        app.get("notifications", use: index)
        app.get("notifications", ":notificationID", use: open)
        app.post("notifications", "read-all", use: readAll)
        app.get("account", "notifications", use: preferences)
        app.post("account", "notifications", use: savePreferences)
    }

    @Sendable static func index(req: Request) async throws -> View {
        let user = try req.requireUser()
        let cursor = try req.timeCursor("before")
        let page = try await req.notificationService().page(after: cursor)
        let zone = try await ProgrammeQueries.timeZone(of: user, on: req.db).identifier
        let items = page.rows.map { NotificationsContext.Item($0, zone: zone) }
        return try await req.view.render("notifications/index", NotificationsContext(
            chrome: PageChrome(request: req, title: "Notifications", section: "notifications"),
            items: items, hasItems: !items.isEmpty, hasUnread: items.contains(where: \.isUnread),
            olderURL: page.next.map { "/notifications?before=\($0.encoded)" }, isLaterPage: cursor != nil))
    }

    /// Marks it read and goes to the place to act.
    @Sendable static func open(req: Request) async throws -> Response {
        let link = try await req.notificationService().open(req.parameters.get("notificationID", as: UUID.self))
        return req.redirect(to: link.hasPrefix("/") && !link.hasPrefix("//") ? link : "/")
    }

    @Sendable static func readAll(req: Request) async throws -> Response {
        try await req.notificationService().markAllRead()
        return req.redirect(to: "/notifications?notice=notifications-read")
    }

    @Sendable static func preferences(req: Request) async throws -> View {
        let choices = try await req.notificationService().choices()
        return try await renderPreferences(req, rows: NotificationPreferencesContext.rows(choices))
    }

    @Sendable static func savePreferences(req: Request) async throws -> Response {
        let service = try req.notificationService()
        var typed = (try? req.content.decode([String: String].self)) ?? [:]
        typed[CSRFMiddleware.fieldName] = nil
        do {
            try await service.saveChoices(DeliveryChoicesDraft(typed))
        } catch let failure as ValidationFailure {
            let rows = NotificationPreferencesContext.rows(try await service.choices(), typed: typed, errors: failure)
            return try await renderPreferences(req, rows: rows, hasErrors: true).encodeResponse(status: .unprocessableEntity, for: req)
        }
        return req.redirect(to: "/account/notifications?notice=notification-settings-saved")
    }

    private static func renderPreferences(_ req: Request, rows: [NotificationPreferencesContext.Row], hasErrors: Bool = false) async throws -> View {
        try await req.view.render("notifications/preferences", NotificationPreferencesContext(
            chrome: PageChrome(request: req, title: "Notification settings", section: "notifications"),
            rows: rows, hasErrors: hasErrors))
    }
}
