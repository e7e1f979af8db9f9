import Fluent
import Foundation
import TandemCore

/// The mid-point survey, already answered by the other pairs, so the admin sees real aggregates
/// and Ben and Maria see it waiting for them.
enum DemoSurvey {
    static func midpoint(in programme: Programme, admin: User, answeredBy pairs: [Relationship], on db: any Database) async throws {
        let survey = try await SurveyService.insert(try SurveyTemplates.draft(named: "midpoint").validate(),
                                                    programme: programme, by: admin, on: db)
        let questions = try await SurveyQueries.questions(of: survey, on: db)
        let learned = ["Better questions in one-to-ones", "How to plan a quarter", "Giving feedback kindly",
                       "Reading a P&L", "Saying no to meetings", "Writing shorter emails", "Pairing on code reviews"]
        for (index, pair) in pairs.enumerated() {
            for member in pair.members {
                let role = SurveyRespondentRole(member.role)
                var answers: [String: SurveyAnswerValue] = [:]
                for question in questions {
                    guard let id = question.id?.uuidString else { continue }
                    switch question.kind {
                    case .rating: answers[id] = .rating(3 + (index + (role == .mentor ? 1 : 0)) % 3)
                    case .nps: answers[id] = .nps(6 + (index * 3 + (role == .mentor ? 2 : 0)) % 5)
                    case .singleChoice: answers[id] = .choice(question.optionList[(index + (role == .mentor ? 1 : 0)) % question.optionList.count])
                    case .freeText: answers[id] = .text(learned[(index + (role == .mentor ? 3 : 0)) % learned.count])
                    }
                }
                guard let user = try await User.find(member.$user.id, on: db) else { continue }
                try await SurveyService.saveResponse(answers, survey: survey, relationship: pair, user: user, role: role, on: db)
            }
        }
    }
}
