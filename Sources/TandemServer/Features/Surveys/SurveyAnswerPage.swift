import Foundation
import TandemCore
import Vapor

struct SurveyAnswerContext: Encodable {
    struct Option: Encodable {
        let value: String
        let label: String
        let checked: Bool
    }
    struct Question: Encodable {
        let field: String
        let number: Int
        let prompt: String
        let about: String
        let isText: Bool
        let options: [Option]
        let text: String
        let error: String?
        let scaleHint: String?
    }
    let chrome: PageChrome
    let relationshipURL: String
    let action: String
    let title: String
    let intro: String?
    let anonymous: Bool
    let questions: [Question]
    let hasErrors: Bool
}

enum SurveyAnswerPage {
    static func render(_ req: Request, relationship r: Relationship, user: User, survey: Survey, role: SurveyRespondentRole,
                       values: [String: String], errors: [String: String] = [:], status: HTTPResponseStatus = .ok) async throws -> Response {
        let questions = try await SurveyQueries.questions(of: survey, on: req.db).filter { $0.audience.includes(role) }
        let base = "/relationships/\(try r.requireID())"
        return try await req.page("surveys/answer", SurveyAnswerContext(
            chrome: PageChrome(request: req, title: survey.title, section: "dashboard"),
            relationshipURL: base, action: "\(base)/surveys/\(try survey.requireID())", title: survey.title, intro: survey.intro.presentOrNil,
            anonymous: survey.anonymous,
            questions: questions.enumerated().map { index, q in
                let id = q.id?.uuidString ?? ""
                let field = SurveyResponseDraft.fieldName(for: id)
                let current = values[id] ?? ""
                return .init(field: field, number: index + 1, prompt: q.prompt, about: q.about.label, isText: q.kind == .freeText,
                             options: options(for: q).map { .init(value: $0.0, label: $0.1, checked: $0.0 == current) },
                             text: q.kind == .freeText ? current : "", error: errors[field], scaleHint: scaleHint(q.kind))
            },
            hasErrors: !errors.isEmpty), status: status)
    }

    static func options(for q: SurveyQuestion) -> [(String, String)] {
        switch q.kind {
        case .rating: (1...5).map { ("\($0)", "\($0)") }
        case .nps: (0...10).map { ("\($0)", "\($0)") }
        case .singleChoice: q.optionList.map { ($0, $0) }
        case .freeText: []
        }
    }

    static func scaleHint(_ kind: SurveyQuestionKind) -> String? {
        switch kind {
        case .rating: "1 = not at all, 5 = very much"
        case .nps: "0 = not at all likely, 10 = extremely likely"
        case .singleChoice, .freeText: nil
        }
    }
}
