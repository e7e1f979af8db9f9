import Fluent
import Foundation
import TandemCore
import Testing
import Vapor
@testable import TandemServer

/// Surveys and answers written straight to the database, for results pages that need many
/// respondents.
enum SurveyFixtures {
    /// A survey due now with one 1–5 rating question about the relationship, asked of everyone.
    static func survey(_ w: WorkspaceScene, anonymous: Bool, title: String = "Pulse check") async throws -> Survey {
        let draft = SurveyDraft(title: title, intro: "Tell us", trigger: SurveyTrigger.now.rawValue, anonymous: anonymous,
                                questions: [SurveyQuestionDraft(prompt: "How useful are your meetings?", kind: "rating",
                                                                audience: "everyone", about: "relationship")])
        return try await SurveyService.insert(try draft.validate(), programme: w.scene.programme, by: w.admin, on: w.app.db)
    }

    /// One response with a rating, from a new person in the given role, in `w`'s relationship.
    static func answer(_ survey: Survey, in w: WorkspaceScene, role: SurveyRespondentRole, rating: Int, name: String) async throws {
        let person = try await w.fixtures.user(in: w.scene.org, name: name)
        let question = try #require(try await SurveyQueries.questions(of: survey, on: w.app.db).first)
        try await SurveyService.saveResponse([try question.requireID().uuidString: .rating(rating)], survey: survey,
                                       relationship: try await w.relationship(), user: person, role: role, on: w.app.db)
    }

    /// The part of a results page under one role heading ("Everyone", "Mentors", "Mentees").
    static func split(_ html: String, role: String) -> String {
        guard let start = html.range(of: "<h3>\(role)</h3>") else { return "" }
        let rest = html[start.upperBound...]
        let end = rest.range(of: "<h3>")?.lowerBound ?? rest.range(of: "</section>")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }
}
