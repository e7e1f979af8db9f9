import Fluent
import TandemCore
import Vapor

/// Each user's private iCalendar feed (RFC 5545) of check-ins and goal dates.
enum CalendarController {
    static func register(_ app: Application) {
        app.get("calendar", use: settings)
        app.post("calendar", "feed", use: regenerate)
        // Calendar apps fetch this without cookies: the unguessable token is the credential.
        app.get("calendar", "feeds", ":token", use: feed)
    }

    struct SettingsContext: Encodable {
        let chrome: PageChrome
        let feedURL: String?
        let webcalURL: String?
        let created: String
    }

    @Sendable static func settings(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let feed = try await CalendarFeedQueries.feed(of: user, on: req.db)
        let address = try feed.map { try CalendarFeedAddress($0, settings: req.application.settings) }
        let zone = try await ViewerZone.of(user, on: req.db).identifier
        return try await req.page("calendar/settings", SettingsContext(
            chrome: PageChrome(request: req, title: "Calendar feed", section: "calendar"),
            feedURL: address?.url, webcalURL: address?.webcalURL, created: DateText.short(feed?.createdAt, timeZone: zone)))
    }

    @Sendable static func regenerate(req: Request) async throws -> Response {
        _ = try await CalendarFeedService(context: try req.serviceContext(), secret: req.application.settings.secret).regenerate()
        return req.redirect(to: "/calendar?notice=calendar-feed-ready")
    }

    @Sendable static func feed(req: Request) async throws -> Response {
        let raw = req.parameters.get("token") ?? ""
        let token = raw.hasSuffix(".ics") ? String(raw.dropLast(4)) : raw
        guard let user = try await CalendarFeedQueries.owner(ofToken: token, secret: req.application.settings.secret, on: req.db)
        else { throw AccessError.notFound(.calendarFeed) }
        let events = try await CalendarFeedQueries.events(for: user, publicURL: req.application.settings.publicURL, on: req.db)
        let body = ICalendarWriter(calendarName: "Tandem: \(user.name)").document(events: events)
        return CalendarEvents.response(body, fileName: "tandem", attachment: false)
    }
}
