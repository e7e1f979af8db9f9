import Foundation
import TandemCore

/// Where a calendar app subscribes to a feed: the https address, and the same as webcal://,
/// which calendar apps open as a subscription rather than a one-off import.
struct CalendarFeedAddress {
    let url: String
    let webcalURL: String

    init(_ feed: CalendarFeed, settings: AppSettings) throws {
        let token = try CalendarFeedQueries.token(for: feed, secret: settings.secret)
        url = "\(settings.publicURL)/calendar/feeds/\(token).ics"
        webcalURL = Self.webcal(url)
    }

    static func webcal(_ url: String) -> String {
        if url.hasPrefix("https://") { return "webcal://" + url.dropFirst(8) }
        if url.hasPrefix("http://") { return "webcal://" + url.dropFirst(7) }
        return url
    }
}
