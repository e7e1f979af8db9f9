import Fluent
import Foundation
import TandemCore

/// What the results page and the API both show of one survey: its questions, the released
/// report and the named answers.
struct SurveyResults {
    let questions: [SurveyQuestion]
    let report: SurveyReport
    let release: SurveyRelease.Snapshot
    let named: [SurveyResultsContext.Named]
}

enum SurveyResultsQueries {
    /// The survey's questions, its report and, for non-anonymous surveys, the named answers.
    static func results(for survey: Survey, on db: any Database) async throws -> SurveyResults {
        let questions = try await SurveyQueries.questions(of: survey, on: db)
        let (report, release) = try await report(for: survey, questions: questions, on: db)
        let named = try await namedAnswers(report, survey: survey, questions: questions, on: db)
        return SurveyResults(questions: questions, report: report, release: release, named: named)
    }

    /// The Core report from stored answers, released in steps while the survey is open
    /// (`SurveyRelease`). The respondent key is the response id and the person key the user id,
    /// never a name; the threshold counts people.
    static func report(
        for survey: Survey, questions known: [SurveyQuestion]? = nil, on db: any Database
    ) async throws -> (report: SurveyReport, release: SurveyRelease.Snapshot) {
        var questions = known ?? []
        if known == nil { questions = try await SurveyQueries.questions(of: survey, on: db) }
        let kinds = Dictionary(questions.compactMap { q in q.id.map { ($0, q.kind) } }, uniquingKeysWith: { a, _ in a })
        let responses = try await SurveyResponse.query(on: db).filter(\.$surveyID == survey.requireID()).all()
        let byResponse = Dictionary(responses.compactMap { r in r.id.map { ($0, r) } }, uniquingKeysWith: { a, _ in a })
        let answers = try await SurveyAnswer.query(on: db).filter(\.$surveyID == survey.requireID()).all()
        let rows = answers.compactMap { a -> SurveyAnswerRow? in
            guard let kind = kinds[a.questionID], let response = byResponse[a.responseID],
                  let value = SurveyAnswerValue(kind: kind, number: a.number, text: a.text) else { return nil }
            return SurveyAnswerRow(questionID: a.questionID.uuidString, role: a.role, respondent: a.responseID.uuidString,
                                   person: response.userID.uuidString, answeredAt: response.submittedAt, value: value)
        }
        let keyed = questions.compactMap { q in q.id.map { (id: $0.uuidString, question: q.valid) } }
        return SurveyAggregator.releasedReport(questions: keyed, answers: rows, anonymous: survey.anonymous,
                                               closed: survey.closedAt != nil)
    }

    /// Only for non-anonymous surveys, whose respondents were told their name is shown.
    static func namedAnswers(_ report: SurveyReport, survey: Survey, questions: [SurveyQuestion], on db: any Database) async throws -> [SurveyResultsContext.Named] {
        guard !survey.anonymous, !report.namedAnswers.isEmpty else { return [] }
        let responses = try await SurveyResponse.query(on: db).filter(\.$surveyID == survey.requireID()).all()
        let users = try await User.query(on: db).filter(\.$id ~~ responses.map(\.userID)).all()
        let nameByUser = Dictionary(users.compactMap { u in u.id.map { ($0, u.name) } }, uniquingKeysWith: { a, _ in a })
        let nameByResponse = Dictionary(responses.compactMap { r in r.id.map { ($0.uuidString, nameByUser[r.userID] ?? "") } }, uniquingKeysWith: { a, _ in a })
        let prompts = Dictionary(questions.compactMap { q in q.id.map { ($0.uuidString, q.prompt) } }, uniquingKeysWith: { a, _ in a })
        return report.namedAnswers.map {
            .init(person: nameByResponse[$0.respondent] ?? "", question: prompts[$0.questionID] ?? "", answer: SurveyFigures.text($0.value))
        }
    }
}
