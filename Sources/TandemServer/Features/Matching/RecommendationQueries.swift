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
        try await top(k, for: mentee, in: programme, app: request.application, db: request.db)
    }

    /// The k best mentors for `mentee`, leaving out `excluding` (say, the mentor who let a request
    /// expire), people already asked, people away and full mentors.
    static func top(_ k: Int, for mentee: User, in programme: Programme, app: Application, db: any Database,
                    excluding: Set<UUID> = []) async throws -> [Recommendation] {
        let programmeID = try programme.requireID()
        let (seeker, offered) = RequestRoles.roles(for: programme.type)
        let criteria = criteria(for: programme)
        let pool = app.matchingPool
        let orgID = programme.organisationID
        let index = try await app.scoringCache.index(programmeID: programmeID) {
            // Away is by local date: the cache's short lifetime brings people back soon after midnight.
            let zone = try await OrganisationZones.of([orgID], on: db)[orgID] ?? .gmt
            let mentors = try await MatchProfileQueries.load(programmeID: programmeID, role: offered,
                                                             hidingAwayOn: LocalDate(date: Date(), in: zone), on: db)
            // Preparing every mentor is CPU work (milliseconds at scale): keep it off the event loop.
            return try await pool.runIfActive { ScoringIndex(mentors: mentors, criteria: criteria) }
        }
        guard let me = try await MatchProfileQueries.load(programmeID: programmeID, role: seeker, onlyUser: try mentee.requireID(), on: db).first
        else { return [] }
        var unavailable = try await RequestQueries.unavailablePartners(for: try mentee.requireID(), programmeID: programmeID, on: db)
        for id in excluding where unavailable[id] == nil { unavailable[id] = .requestSent }
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
