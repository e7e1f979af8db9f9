import Fluent
import Foundation
import TandemCore

enum SurveyQueries {
    /// Surveys of the relationship's programme that are due for this member now and not yet
    /// answered: shown as in-app prompts until a scheduler sends them.
    static func due(for user: User, in r: Relationship, heldCheckIns: Int, today: LocalDate, on db: any Database) async throws -> [Survey] {
        guard r.status == .active, let role = respondentRole(of: user, in: r) else { return [] }
        let surveys = try await Survey.query(on: db).filter(\.$programmeID == r.programme.requireID())
            .filter(\.$closedAt == nil).sort(\.$createdAt).all()
        guard !surveys.isEmpty else { return [] }
        let answered = Set(try await SurveyResponse.query(on: db).filter(\.$relationshipID == r.requireID())
            .filter(\.$userID == user.requireID()).all(\.$surveyID))
        let questions = try await SurveyQuestion.query(on: db).filter(\.$surveyID ~~ surveys.compactMap(\.id)).all()
        let forMe = Set(questions.filter { $0.audience.includes(role) }.map(\.surveyID))
        return surveys.filter { s in
            guard let id = s.id, forMe.contains(id) else { return false }
            return isDue(s, in: r, heldCheckIns: heldCheckIns, today: today, answered: answered.contains(id))
        }
    }

    /// Whether one survey is due in one relationship (its programme loaded): the in-app prompt
    /// and the sweep's notification agree because both ask here.
    static func isDue(_ s: Survey, in r: Relationship, heldCheckIns: Int, today: LocalDate, answered: Bool) -> Bool {
        let schedule = r.programme.schedule
        // Formal programmes close by phase; the end survey is also due from the closing phase on.
        let closing = schedule.map { today >= $0.closingStarts } ?? false
        return SurveySchedule.isDue(
            trigger: s.trigger, pulseAfter: s.pulseAfter, heldCheckIns: heldCheckIns,
            programmeStart: schedule?.activeStarts, programmeEnd: schedule?.endsOn,
            relationshipStartedOn: LocalDate(date: r.startedAt, in: .gmt),
            relationshipClosing: closing, today: today, alreadyAnswered: answered)
    }

    static func respondentRole(of user: User, in r: Relationship) -> SurveyRespondentRole? {
        respondentRole(of: user.id ?? UUID(), in: r)
    }

    static func respondentRole(of userID: UUID, in r: Relationship) -> SurveyRespondentRole? {
        switch r.role(of: userID) {
        case .mentor: .mentor
        case .mentee: .mentee
        case .peer: .peer
        case nil: nil
        }
    }

    /// A survey of a programme in the admin's organisation, or 404.
    static func find(_ id: UUID?, programme: Programme, on db: any Database) async throws -> Survey {
        guard let id, let survey = try await Survey.query(on: db).filter(\.$id == id)
            .filter(\.$programmeID == programme.requireID()).filter(\.$organisationID == programme.organisationID).first()
        else { throw AccessError.notFound(.survey) }
        return survey
    }

    static func questions(of survey: Survey, on db: any Database) async throws -> [SurveyQuestion] {
        try await SurveyQuestion.query(on: db).filter(\.$surveyID == survey.requireID()).sort(\.$position).all()
    }

    /// A programme's surveys, newest first.
    static func list(in programme: Programme, on db: any Database) async throws -> [Survey] {
        try await Survey.query(on: db).filter(\.$programmeID == programme.requireID()).sort(\.$createdAt, .descending).all()
    }

    /// The questions of several surveys, in one query, grouped by survey and each in its order.
    static func questions(of surveys: [Survey], on db: any Database) async throws -> [UUID: [SurveyQuestion]] {
        let all = try await SurveyQuestion.query(on: db).filter(\.$surveyID ~~ surveys.compactMap(\.id)).sort(\.$position).all()
        return Dictionary(grouping: all, by: \.surveyID)
    }

    /// Check-ins the pair has held, which pulse surveys count.
    static func heldCheckIns(in r: Relationship, on db: any Database) async throws -> Int {
        try await Meeting.query(on: db).filter(\.$relationshipID == r.requireID()).filter(\.$status == .held).count()
    }
}
