import Fluent
import TandemCore
import Vapor

enum RecommendationsAPI {
    struct ReasonResponse: APIContent {
        let criterion: String
        let points: Int
        let sentence: String
    }

    struct RecommendationResponse: APIContent {
        let mentorID: UUID
        let name: String
        let department: String
        let seatsLeft: Int
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
                mentorID: $0.mentor.id, name: $0.mentor.name, department: $0.mentor.department, seatsLeft: $0.mentor.seatsLeft,
                score: $0.score.score,
                reasons: $0.score.reasons.map { ReasonResponse(criterion: $0.criterion, points: $0.points, sentence: $0.sentence) }
            )
        }, nextCursor: nil)
    }
}
