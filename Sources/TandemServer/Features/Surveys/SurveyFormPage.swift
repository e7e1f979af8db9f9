import Foundation
import TandemCore
import Vapor

/// The survey builder. Without JavaScript it offers a fixed number of question rows; blank
/// rows are ignored on save.
struct SurveyFormContext: Encodable {
    struct QuestionRow: Encodable {
        let index: Int
        let number: Int
        let prompt: String
        let options: String
        let kinds: [Choice]
        let audiences: [Choice]
        let subjects: [Choice]
        let promptError: String?
        let kindError: String?
        let optionsError: String?
    }
    let chrome: PageChrome
    let programmeName: String
    let action: String
    let templateURL: String
    let values: SurveyDraft
    let triggers: [Choice]
    let questions: [QuestionRow]
    let errors: [String: String]
}

enum SurveyFormPage {
    static let rows = 8

    static func render(_ req: Request, programme: Programme, values: SurveyDraft, errors: [String: String] = [:],
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        let base = "/programmes/\(try programme.requireID())/surveys"
        var questions = values.questions
        while questions.count < rows { questions.append(SurveyQuestionDraft()) }
        return try await req.page("surveys/form", SurveyFormContext(
            chrome: PageChrome(request: req, title: "New survey", section: "programmes"),
            programmeName: programme.name, action: base, templateURL: "\(base)/new?template=midpoint", values: values,
            triggers: Choice.list(SurveyTrigger.self, selected: values.trigger) { $0.label },
            questions: questions.enumerated().map { i, q in
                .init(index: i, number: i + 1, prompt: q.prompt, options: q.options,
                      kinds: Choice.list(SurveyQuestionKind.self, selected: q.kind.isEmpty ? SurveyQuestionKind.rating.rawValue : q.kind) { $0.label },
                      audiences: Choice.list(SurveyAudience.self, selected: q.audience.isEmpty ? SurveyAudience.everyone.rawValue : q.audience) { $0.label },
                      subjects: Choice.list(SurveyQuestionSubject.self, selected: q.about.isEmpty ? SurveyQuestionSubject.relationship.rawValue : q.about) { $0.label },
                      promptError: errors["questions[\(i)][prompt]"], kindError: errors["questions[\(i)][kind]"],
                      optionsError: errors["questions[\(i)][options]"])
            },
            errors: errors), status: status)
    }
}
