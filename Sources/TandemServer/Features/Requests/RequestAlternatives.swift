import Fluent
import Foundation
import TandemCore
import Vapor

/// The next best mentors for a mentee whose request lapsed (it expired, or the mentor went away),
/// ranked by the matcher. The mentor who let it lapse, people away, people already asked and full
/// mentors are left out (`RecommendationQueries`).
enum RequestAlternatives {
    static let count = 3

    /// Whether the request ended without the mentor's own answer, so the mentee should be offered others.
    static func lapsed(_ r: MentorRequest) -> Bool {
        r.status == .expired || (r.status == .declined && r.declineCode == .mentorAway)
    }

    /// The alternatives `viewer` is offered for `r`: none unless they sent it and it lapsed.
    static func offered(for r: MentorRequest, viewer: User, app: Application, db: any Database) async throws -> [RecommendationQueries.Recommendation] {
        guard lapsed(r), r.$mentee.id == viewer.id, r.programme.archivedAt == nil else { return [] }
        return try await RecommendationQueries.top(count, for: viewer, in: r.programme, app: app, db: db, excluding: [r.$mentor.id])
    }
}
