import Vapor

/// Counts the signed-in person's unread notifications for the bell on every page: one indexed,
/// capped count, and only for pages (not the API, not posts).
struct BellMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .GET, !request.url.path.hasPrefix("/api/"), let id = request.currentUser?.id {
            request.unreadNotifications = (try? await NotificationQueries.unreadCount(for: id, on: request.db)) ?? 0
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    private struct UnreadKey: StorageKey { typealias Value = Int }

    /// Set by `BellMiddleware` for signed-in page views; 0 otherwise.
    var unreadNotifications: Int {
        get { storage[UnreadKey.self] ?? 0 }
        set { storage[UnreadKey.self] = newValue }
    }
}
