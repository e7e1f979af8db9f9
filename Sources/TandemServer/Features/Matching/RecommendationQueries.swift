import Fluent
import Foundation
import TandemCore
import Vapor

/// Ranked, explained mentors for one mentee in one programme.
enum RecommendationQueries {
    struct Recommendation: Sendable {
        let mentor: MatchProfile
        let score: PairScore
    }

    static func criteria(for programme: Programme) -> MatchCriteria {
        var criteria = MatchCriteria.defaults(for: programme.type)
        criteria.allowManagerAsMentor = programme.managersMayMentorReports
        return criteria
    }

    static func top(_ k: Int, for mentee: User, in programme: Programme, request: Request) async throws -> [Recommendation] {
        let programmeID = try programme.requireID()
        let (seeker, offered) = RequestRoles.roles(for: programme.type)
        let db = request.db
        let criteria = criteria(for: programme)
        let pool = request.application.matchingPool
        let index = try await request.application.scoringCache.index(programmeID: programmeID) {
            let mentors = try await MatchProfileQueries.load(programmeID: programmeID, role: offered, on: db)
            // Preparing every mentor is CPU work (milliseconds at scale): keep it off the event loop.
            return try await pool.runIfActive { ScoringIndex(mentors: mentors, criteria: criteria) }
        }
        guard let me = try await MatchProfileQueries.load(programmeID: programmeID, role: seeker, onlyUser: try mentee.requireID(), on: db).first
        else { return [] }
        let unavailable = try await RequestQueries.unavailablePartners(for: try mentee.requireID(), programmeID: programmeID, on: db)
        if !programme.type.isTwoSided {
            return peerTop(k, for: me, in: index, skipping: unavailable)
        }
        // Ask for a few extra so that people already asked (or oneself) can be dropped afterwards.
        return index.top(k: k + unavailable.count + 1, for: me)
            .filter { $0.mentor.id != me.id && unavailable[$0.mentor.id] == nil }
            .prefix(k)
            .map { Recommendation(mentor: $0.mentor, score: $0.score) }
    }

    /// Peers are scored symmetrically: what each can teach the other.
    static func peerTop(_ k: Int, for me: MatchProfile, in index: ScoringIndex, skipping unavailable: [UUID: PartnerAvailability]) -> [Recommendation] {
        let prepared = index.prepare(mentee: me)
        return index.mentors
            .filter { $0.profile.id != me.id && unavailable[$0.profile.id] == nil }
            .map { Recommendation(mentor: $0.profile, score: PeerPairScorer.score(a: prepared, b: $0, criteria: index.criteria)) }
            .filter(\.score.isEligible)
            .sorted { ($1.score.score, $0.mentor.name, $0.mentor.id.uuidString) < ($0.score.score, $1.mentor.name, $1.mentor.id.uuidString) }
            .prefix(k)
            .map { $0 }
    }
}
