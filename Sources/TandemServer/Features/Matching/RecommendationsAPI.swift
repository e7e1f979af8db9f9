import Fluent
import TandemCore
import Vapor

enum RecommendationsAPI {
    struct ReasonResponse: Content {
        let criterion: String
        let points: Int
        let sentence: String
    }

    struct RecommendationResponse: Content {
        let mentor_id: UUID
        let name: String
        let department: String
        let seats_left: Int
        let score: Int
        let reasons: [ReasonResponse]
    }

    @Sendable static func list(req: Request) async throws -> APIPage<RecommendationResponse> {
        let user = try req.requireUser()
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: user, on: req.db)
        let k = try req.boundedInt("k", in: 1...50, default: 10)
        let top = try await RecommendationQueries.top(k, for: user, in: programme, request: req)
        return APIPage(items: top.map {
            RecommendationResponse(
                mentor_id: $0.mentor.id, name: $0.mentor.name, department: $0.mentor.department, seats_left: $0.mentor.seatsLeft,
                score: $0.score.score,
                reasons: $0.score.reasons.map { ReasonResponse(criterion: $0.criterion, points: $0.points, sentence: $0.sentence) }
            )
        }, next_cursor: nil)
    }
}
