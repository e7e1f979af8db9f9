import Fluent
import TandemCore
import Vapor

/// A member answers a programme survey about their relationship and themselves.
enum SurveyAnswerController {
    static func register(_ app: Application) {
        app.get("relationships", ":relationshipID", "surveys", ":surveyID", use: form)
        app.post("relationships", ":relationshipID", "surveys", ":surveyID", use: submit)
    }

    /// The survey, if it belongs to this relationship's programme and is still open.
    static func survey(_ req: Request) async throws -> (User, Relationship, Survey, SurveyRespondentRole) {
        let (user, r) = try await req.memberRelationship()
        try r.requireActive()
        let survey = try await SurveyQueries.find(req.parameters.get("surveyID", as: UUID.self), programme: r.programme, on: req.db)
        guard survey.closedAt == nil else { throw AppError.conflict("survey.closed", "This survey has closed.") }
        guard let role = SurveyQueries.respondentRole(of: user, in: r) else { throw AccessError.notFound(.survey) }
        return (user, r, survey, role)
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let (user, r, survey, role) = try await survey(req)
        return try await SurveyAnswerPage.render(req, relationship: r, user: user, survey: survey, role: role, values: [:])
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let (user, r, survey, role) = try await survey(req)
        let draft = try req.content.decode(SurveyResponseDraft.self)
        let questions = try await SurveyQueries.questions(of: survey, on: req.db)
        do {
            let answers = try draft.validate(questions: questions.compactMap { q in q.id.map { (id: $0.uuidString, question: q.valid) } }, role: role)
            try await SurveyResponses.save(answers, survey: survey, relationship: r, user: user, role: role, on: req.db)
            return req.redirect(to: "/relationships/\(try r.requireID())?notice=survey-answered")
        } catch let failure as ValidationFailure {
            return try await SurveyAnswerPage.render(req, relationship: r, user: user, survey: survey, role: role,
                                                     values: draft.answers, errors: failure.byField, status: .unprocessableEntity)
        }
    }
}

enum SurveyResponses {
    /// One response per person, relationship and survey; a second try is a 409, not a duplicate.
    static func save(_ answers: [String: SurveyAnswerValue], survey: Survey, relationship r: Relationship, user: User,
                     role: SurveyRespondentRole, on db: any Database) async throws {
        let surveyID = try survey.requireID()
        let rid = try r.requireID()
        if try await SurveyResponse.query(on: db).filter(\.$surveyID == surveyID).filter(\.$relationshipID == rid)
            .filter(\.$userID == user.requireID()).first() != nil {
            throw AppError.conflict("survey.already_answered", "You have already answered this survey.")
        }
        let answered = AppError.conflict("survey.already_answered", "You have already answered this survey.")
        try await UniqueViolation.mapping(to: answered) { try await db.transaction { tx in
            let response = SurveyResponse(organisationID: user.organisationID, surveyID: surveyID, relationshipID: rid,
                                          userID: try user.requireID(), role: role)
            try await response.create(on: tx)
            for (questionID, value) in answers {
                guard let qid = UUID(uuidString: questionID) else { continue }
                try await SurveyAnswer(organisationID: user.organisationID, surveyID: surveyID, responseID: try response.requireID(),
                                       questionID: qid, role: role, value: value).create(on: tx)
            }
        } }
    }
}
