import Fluent
import Foundation
import TandemCore

enum CalendarFeedQueries {
    /// The feed's secret token is derived from its id and the app secret, so the page can show
    /// the address again while the database holds only a keyed hash of it. Regenerating makes a
    /// new row, which revokes the old address.
    static func token(for feed: CalendarFeed, secret: String) throws -> String {
        Tokens.hash(try feed.requireID().uuidString, secret: secret, purpose: "calendar-feed-token")
    }

    static func feed(of user: User, on db: any Database) async throws -> CalendarFeed? {
        try await CalendarFeed.query(on: db).filter(\.$userID == user.requireID()).first()
    }

    /// The feed's owner, or nil for an unknown or revoked token.
    static func owner(ofToken token: String, secret: String, on db: any Database) async throws -> User? {
        guard token.count <= 100 else { return nil }
        let hash = Tokens.hash(token, secret: secret, purpose: "calendar-feed")
        guard let feed = try await CalendarFeed.query(on: db).filter(\.$tokenHash == hash).first(),
              let user = try await User.find(feed.userID, on: db), user.organisationID == feed.organisationID, user.isActive
        else { return nil }
        return user
    }

    /// Everything in a user's feed: scheduled and cancelled meetings (held ones stay too, as
    /// history) and open goals' target dates, across their relationships, in three queries.
    /// Only `CalendarFeedWindow`: twelve months back and everything ahead, at most 1,000 meetings.
    static func events(for user: User, publicURL: String, on db: any Database, now: Date = Date()) async throws -> [CalendarEvent] {
        let relationships = try await RelationshipQueries.list(for: user, on: db)
        let ids = relationships.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let meetings = try await Meeting.query(on: db).filter(\.$relationshipID ~~ ids)
            .filter(\.$startsAt >= CalendarFeedWindow.start(now: now))
            .sort(\.$startsAt).limit(CalendarFeedWindow.maxMeetings).all()
        // ISO dates sort as text, so the window is a plain comparison on the stored date.
        let goals = try await Goal.query(on: db).filter(\.$relationship.$id ~~ ids).filter(\.$owner.$id == user.requireID())
            .filter(\.$targetDate >= CalendarFeedWindow.firstDay(now: now).iso)
            .filter(\.$status ~~ GoalStatus.allCases.filter(\.isOpen)).all()
        let byID = Dictionary(relationships.compactMap { r in r.id.map { ($0, r) } }, uniquingKeysWith: { a, _ in a })
        let meetingEvents = meetings.compactMap { m -> CalendarEvent? in
            guard let r = byID[m.relationshipID] else { return nil }
            let others = r.members.filter { $0.$user.id != user.id }.map(\.user.name).sorted().joined(separator: " & ")
            return CalendarEvents.event(for: m, title: "Mentoring with \(others)", programme: r.programme.name, publicURL: publicURL)
        }
        return meetingEvents + goals.compactMap { CalendarEvents.event(for: $0, owner: user.name) }
    }
}
