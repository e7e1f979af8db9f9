import Fluent
import Foundation
import TandemCore

/// Everything that changes surveys: admins create and close them, members answer the ones due.
struct SurveyService {
    let context: ServiceContext

    /// The programme (404 outside the organisation) and an admin actor (403 inside it). On the API,
    /// `AdminMiddleware` has already answered 403 to a participant, whatever the id.
    func adminProgramme(_ id: UUID?) async throws -> Programme {
        try await context.programmeAdmin(of: id)
    }

    func create(_ draft: SurveyDraft, in programme: Programme) async throws -> Survey {
        guard context.actor.isAdmin else { throw AccessError.forbidden }
        return try await Self.insert(try draft.validate(), programme: programme, by: context.actor, on: context.db)
    }

    /// Closes the survey once; its figures become final.
    func close(_ survey: Survey) async throws {
        guard context.actor.isAdmin else { throw AccessError.forbidden }
        guard survey.closedAt == nil else { return }
        survey.closedAt = Date()
        let admin = context.actor
        try await context.db.transaction { tx in
            try await survey.save(on: tx)
            try await Audit.record("survey.closed", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "survey", targetID: survey.id, on: tx)
        }
    }

    /// The survey, if it belongs to this relationship's programme, is still open and asks the
    /// actor's role.
    func answerable(_ id: UUID?, in r: Relationship) async throws -> (Survey, SurveyRespondentRole) {
        try r.requireActive()
        let survey = try await SurveyQueries.find(id, programme: r.programme, on: context.db)
        guard survey.closedAt == nil else { throw SurveyError.closed }
        guard let role = SurveyQueries.respondentRole(of: context.actor, in: r) else { throw AccessError.notFound(.survey) }
        return (survey, role)
    }

    /// Checks the answers against the survey's questions (Core) and saves the response.
    func answer(_ draft: SurveyResponseDraft, to survey: Survey, as role: SurveyRespondentRole, in r: Relationship) async throws {
        let questions = try await SurveyQueries.questions(of: survey, on: context.db)
        let answers = try draft.validate(questions: questions.compactMap { q in q.id.map { (id: $0.uuidString, question: q.valid) } }, role: role)
        try await Self.saveResponse(answers, survey: survey, relationship: r, user: context.actor, role: role, on: context.db)
    }

    /// Saves a new survey with its questions. No guards: `create` checks them; the demo and
    /// test fixtures seed surveys with this directly.
    static func insert(_ valid: ValidSurvey, programme: Programme, by admin: User, on db: any Database) async throws -> Survey {
        let survey = Survey(organisationID: admin.organisationID, programmeID: try programme.requireID(), createdBy: try admin.requireID(), survey: valid)
        try await db.transaction { tx in
            try await survey.create(on: tx)
            for (index, question) in valid.questions.enumerated() {
                try await SurveyQuestion(organisationID: admin.organisationID, surveyID: try survey.requireID(),
                                         position: index, question: question).create(on: tx)
            }
            try await Audit.record("survey.created", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "survey", targetID: survey.id, on: tx)
        }
        return survey
    }

    /// One response per person, relationship and survey; a second try is a 409, not a duplicate.
    static func saveResponse(_ answers: [String: SurveyAnswerValue], survey: Survey, relationship r: Relationship, user: User,
                             role: SurveyRespondentRole, on db: any Database) async throws {
        let surveyID = try survey.requireID()
        let rid = try r.requireID()
        if try await SurveyResponse.query(on: db).filter(\.$surveyID == surveyID).filter(\.$relationshipID == rid)
            .filter(\.$userID == user.requireID()).first() != nil {
            throw SurveyError.alreadyAnswered
        }
        try await UniqueViolation.mapping(to: SurveyError.alreadyAnswered) { try await db.transaction { tx in
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
