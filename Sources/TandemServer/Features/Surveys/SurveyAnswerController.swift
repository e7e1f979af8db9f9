import Fluent
import TandemCore
import Vapor

/// A member answers a programme survey about their relationship and themselves.
enum SurveyAnswerController {
    static func register(_ app: Application) {
        app.get("relationships", ":relationshipID", "surveys", ":surveyID", use: form)
        app.post("relationships", ":relationshipID", "surveys", ":surveyID", use: submit)
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let (survey, role) = try await SurveyService(context: try req.serviceContext())
            .answerable(req.parameters.get("surveyID", as: UUID.self), in: r)
        return try await SurveyAnswerPage.render(req, relationship: r, user: user, survey: survey, role: role, values: [:])
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let service = SurveyService(context: try req.serviceContext())
        let (survey, role) = try await service.answerable(req.parameters.get("surveyID", as: UUID.self), in: r)
        let draft = try req.content.decode(SurveyResponseDraft.self)
        do {
            try await service.answer(draft, to: survey, as: role, in: r)
            return req.redirect(to: "/relationships/\(try r.requireID())?notice=survey-answered")
        } catch let failure as ValidationFailure {
            return try await SurveyAnswerPage.render(req, relationship: r, user: user, survey: survey, role: role,
                                                     values: draft.answers, errors: failure.byField, status: .unprocessableEntity)
        }
    }
}
