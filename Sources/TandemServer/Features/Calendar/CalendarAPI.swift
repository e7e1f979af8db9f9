import Vapor

/// The signed-in user's private calendar feed address.
enum CalendarAPI {
    struct FeedResponse: APIContent {
        let url: String?
        let webcalURL: String?
        let createdAt: Date?
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "me/calendar-feed", .member, use: show, "My private calendar feed address", tag: "calendar",
                 response: "CalendarFeed", errors: [401]),
        APIRoute(.POST, "me/calendar-feed", .member, use: regenerate, "Make a new feed address; the old one stops working",
                 tag: "calendar", response: "CalendarFeed", success: 201, errors: [401, 403, 409]),
    ]

    @Sendable static func show(req: Request) async throws -> FeedResponse {
        let user = try req.requireUser()
        let feed = try await CalendarFeedQueries.feed(of: user, on: req.db)
        let address = try feed.map { try CalendarFeedAddress($0, settings: req.application.settings) }
        return FeedResponse(url: address?.url, webcalURL: address?.webcalURL, createdAt: feed?.createdAt)
    }

    /// Makes a new address; the old one stops working at once.
    @Sendable static func regenerate(req: Request) async throws -> Response {
        let feed = try await CalendarFeedService(context: try req.serviceContext(), secret: req.application.settings.secret).regenerate()
        let address = try CalendarFeedAddress(feed, settings: req.application.settings)
        return try await FeedResponse(url: address.url, webcalURL: address.webcalURL, createdAt: feed.createdAt)
            .encodeResponse(status: .created, for: req)
    }
}
