import Fluent
import Foundation
import TandemCore
import Vapor

/// Aggregates only: every figure obeys the anonymity threshold (fewer than 5 people shows none),
/// overall and in each role split, and moves only in steps of 5 people while the survey is open. Named answers appear only for surveys that told respondents so.
struct SurveyResultsContext: Encodable {
    struct Figure: Encodable {
        let hidden: Bool
        let answers: String
        let headline: String
        let rows: [Row]
        let texts: [String]
    }
    struct Row: Encodable {
        let label: String
        let count: Int
        let percent: String
    }
    struct Split: Encodable {
        let role: String
        let figure: Figure
    }
    struct Question: Encodable {
        let number: Int
        let prompt: String
        let kind: String
        let about: String
        /// "Everyone" first, then each role on its own.
        let splits: [Split]
    }
    struct Named: Encodable {
        let person: String
        let question: String
        let answer: String
    }
    let chrome: PageChrome
    let programmeName: String
    let listURL: String
    let title: String
    let intro: String
    let trigger: String
    let anonymous: Bool
    let isClosed: Bool
    let closeURL: String
    /// Distinct people who answered.
    let responseCount: Int
    /// Distinct people the figures cover: a multiple of the threshold until the survey closes.
    let releasedCount: Int
    /// Nil once the survey is closed and the figures are final.
    let releaseNote: String?
    /// How many people must have answered for the figures' next step, while the survey is open.
    let nextReleaseAt: Int
    let threshold: Int
    let questions: [Question]
    let named: [Named]
}

enum SurveyResultsPage {
    static func render(_ req: Request, programme: Programme, survey: Survey) async throws -> Response {
        let questions = try await SurveyQueries.questions(of: survey, on: req.db)
        let keyed = questions.compactMap { q in q.id.map { (id: $0.uuidString, question: q.valid) } }
        let (report, release) = try await Self.report(for: survey, questions: questions, on: req.db)
        let named = try await namedAnswers(report, survey: survey, questions: questions, on: req.db)
        let base = "/programmes/\(try programme.requireID())/surveys"
        return try await req.page("surveys/results", SurveyResultsContext(
            chrome: PageChrome(request: req, title: survey.title, section: "programmes"),
            programmeName: programme.name, listURL: base, title: survey.title, intro: survey.intro,
            trigger: SurveyText.trigger(survey), anonymous: survey.anonymous, isClosed: survey.closedAt != nil,
            closeURL: "\(base)/\(try survey.requireID())/close", responseCount: report.responseCount,
            releasedCount: release.peopleReleased, releaseNote: SurveyRelease.explanation(for: release),
            nextReleaseAt: release.peopleReleased + SurveyRelease.step,
            threshold: SurveyAggregator.anonymityThreshold,
            questions: keyed.enumerated().map { index, q in
                SurveyResultsContext.Question(
                    number: index + 1, prompt: q.question.prompt, kind: q.question.kind.label, about: q.question.about.label,
                    splits: [.init(role: "Everyone", figure: SurveyFigures.figure(report.overall[q.id] ?? .hidden, question: q.question))]
                        + report.byRole.map { split in
                            .init(role: split.role.label, figure: SurveyFigures.figure(split.summaries[q.id] ?? .hidden, question: q.question))
                        })
            },
            named: named))
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
