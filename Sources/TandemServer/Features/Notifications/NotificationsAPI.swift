import Fluent
import TandemCore
import Vapor

/// /api/v1/notifications: the signed-in person's notifications, newest first.
enum NotificationsAPI {
    static let routes: [APIRoute] = [
        APIRoute(.GET, "notifications", .member, use: list, "List your notifications, newest first",
                 tag: "Notifications", query: ["cursor"], response: "NotificationPage", errors: [400, 401]),
        APIRoute(.POST, "notifications/read-all", .member, use: readAll, "Mark all your notifications read",
                 tag: "Notifications", success: 204, errors: [401]),
    ]

    @Sendable static func list(req: Request) async throws -> APIPage<NotificationDTO> {
        let page = try await req.notificationService().page(after: try req.timeCursor("cursor"))
        return APIPage(items: page.rows.map(NotificationDTO.init), nextCursor: page.next?.encoded)
    }

    @Sendable static func readAll(req: Request) async throws -> HTTPStatus {
        try await req.notificationService().markAllRead()
        return .noContent
    }
}
