import Fluent
import Foundation
import TandemCore

/// Each user's private calendar feed: making a new address revokes the old one.
struct CalendarFeedService {
    let context: ServiceContext
    /// The app secret the feed token is derived from.
    let secret: String

    /// Makes a new address for the actor; the old one stops working at once.
    func regenerate() async throws -> CalendarFeed {
        let user = context.actor
        let feed = CalendarFeed(organisationID: user.organisationID, userID: try user.requireID(), tokenHash: "")
        feed.id = UUID()
        feed.tokenHash = Tokens.hash(try CalendarFeedQueries.token(for: feed, secret: secret), secret: secret, purpose: "calendar-feed")
        try await context.db.transaction { tx in
            try await CalendarFeed.query(on: tx).filter(\.$userID == user.requireID()).delete()
            try await feed.create(on: tx)
            try await Audit.record("calendar_feed.regenerated", organisationID: user.organisationID, actorID: user.id,
                                   target: "user", targetID: user.id, on: tx)
        }
        return feed
    }
}
