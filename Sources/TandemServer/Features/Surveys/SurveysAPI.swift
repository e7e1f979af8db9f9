import Fluent
import TandemCore
import Vapor

/// Programme surveys: admins create them and read aggregates; members answer the ones due.
enum SurveysAPI {
    struct QuestionResponse: APIContent {
        let id: UUID
        let prompt: String
        let kind: String
        let options: [String]
        let audience: String
        let about: String
    }

    struct SurveyResponseBody: APIContent {
        let id: UUID
        let programmeID: UUID
        let title: String
        let intro: String
        let trigger: String
        let pulseAfter: Int?
        let anonymous: Bool
        let closed: Bool
        let questions: [QuestionResponse]
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "programmes/:programmeID/surveys", .admin, use: list, "A programme's surveys (admin)", tag: "surveys",
                 response: "SurveyPage", errors: [401, 403, 404]),
        APIRoute(.POST, "programmes/:programmeID/surveys", .admin, use: create, "Create a survey (admin)", tag: "surveys",
                 body: "SurveyInput", response: "Survey", success: 201, errors: APIRoute.write),
        APIRoute(.GET, "programmes/:programmeID/surveys/:surveyID/results", .admin, use: results,
                 "Aggregated results; groups under 5 answers show no figures (admin)", tag: "surveys",
                 response: "SurveyResults", errors: [401, 403, 404]),
        APIRoute(.GET, "relationships/:relationshipID/surveys", .member, use: due, "Surveys waiting for me in this relationship",
                 tag: "surveys", response: "SurveyPage"),
        APIRoute(.POST, "relationships/:relationshipID/surveys/:surveyID/responses", .member, use: answer,
                 "Answer a survey (fields q_<questionID>)", tag: "surveys", body: "SurveyAnswers", success: 204,
                 errors: APIRoute.write),
    ]

    static func body(_ s: Survey, on db: any Database) async throws -> SurveyResponseBody {
        try await bodies([s], on: db)[0]
    }

    /// Each survey with its questions, in one query for all of them.
    static func bodies(_ surveys: [Survey], on db: any Database) async throws -> [SurveyResponseBody] {
        guard !surveys.isEmpty else { return [] }
        let bySurvey = try await SurveyQueries.questions(of: surveys, on: db)
        return try surveys.map { try body($0, questions: bySurvey[$0.id ?? UUID()] ?? []) }
    }

    static func body(_ s: Survey, questions: [SurveyQuestion]) throws -> SurveyResponseBody {
        SurveyResponseBody(
            id: try s.requireID(), programmeID: s.programmeID, title: s.title, intro: s.intro, trigger: s.trigger.rawValue,
            pulseAfter: s.pulseAfter, anonymous: s.anonymous, closed: s.closedAt != nil,
            questions: questions.map {
                QuestionResponse(id: $0.id ?? UUID(), prompt: $0.prompt, kind: $0.kind.rawValue, options: $0.optionList,
                                 audience: $0.audience.rawValue, about: $0.about.rawValue)
            })
    }

    @Sendable static func list(req: Request) async throws -> APIPage<SurveyResponseBody> {
        let programme = try await SurveyService(context: try req.serviceContext()).adminProgramme(req.parameters.get("programmeID", as: UUID.self))
        let surveys = try await SurveyQueries.list(in: programme, on: req.db)
        return APIPage(items: try await bodies(surveys, on: req.db), nextCursor: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let service = SurveyService(context: try req.serviceContext())
        let programme = try await service.adminProgramme(req.parameters.get("programmeID", as: UUID.self))
        let survey = try await service.create(try req.content.decode(SurveyDraft.self), in: programme)
        return try await body(survey, on: req.db).encodeResponse(status: .created, for: req)
    }

    /// Aggregates only, under the same anonymity threshold and release steps as the page.
    @Sendable static func results(req: Request) async throws -> SurveyResultsBody {
        let programme = try await SurveyService(context: try req.serviceContext()).adminProgramme(req.parameters.get("programmeID", as: UUID.self))
        let survey = try await SurveyQueries.find(req.parameters.get("surveyID", as: UUID.self), programme: programme, on: req.db)
        return try SurveyResultsBody.of(survey, try await SurveyResultsQueries.results(for: survey, on: req.db))
    }

    /// Surveys waiting for the signed-in member in this relationship.
    @Sendable static func due(req: Request) async throws -> APIPage<SurveyResponseBody> {
        let (user, r) = try await req.memberRelationship()
        let zone = try await ViewerZone.of(user, on: req.db)
        let held = try await SurveyQueries.heldCheckIns(in: r, on: req.db)
        let surveys = try await SurveyQueries.due(for: user, in: r, heldCheckIns: held, today: LocalDate(date: Date(), in: zone), on: req.db)
        return APIPage(items: try await bodies(surveys, on: req.db), nextCursor: nil)
    }

    /// Answers keyed `q_<questionID>`, as the form sends them.
    @Sendable static func answer(req: Request) async throws -> Response {
        let (_, r) = try await req.memberRelationship()
        let service = SurveyService(context: try req.serviceContext())
        let (survey, role) = try await service.answerable(req.parameters.get("surveyID", as: UUID.self), in: r)
        try await service.answer(try req.content.decode(SurveyResponseDraft.self), to: survey, as: role, in: r)
        return Response(status: .noContent)
    }
}
