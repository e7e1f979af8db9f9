import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Workspace API: programme surveys")
struct WorkspaceAPISurveyTests {
    static let surveyBody = #"""
    {"title":"Mid-point check","intro":"How is it going?","trigger":"now","anonymous":true,
     "questions":[{"prompt":"How useful are your meetings?","kind":"rating","audience":"everyone","about":"relationship"}]}
    """#

    /// The question's overall figure from a results response, as plain JSON.
    static func overall(_ results: TestingHTTPResponse, question: UUID) throws -> [String: Any] {
        let questions = try #require(try results.jsonObject()["questions"] as? [[String: Any]])
        let entry = try #require(questions.first { $0["question_id"] as? String == question.uuidString })
        return try #require(entry["overall"] as? [String: Any])
    }

    @Test(arguments: TestDB.enabled)
    func adminCreatesASurveyAndAMemberAnswersOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let admin = try await fixtures.client(signedInAs: w.admin)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let surveys = "/api/v1/programmes/\(w.scene.programmeID)/surveys"
            // act
            let refused = try await mentee.rawJSON(.POST, surveys, body: Self.surveyBody)
            let invalid = try await admin.rawJSON(.POST, surveys, body: #"{"trigger":"now","questions":[]}"#)
            let created = try await admin.rawJSON(.POST, surveys, body: Self.surveyBody)
            let survey = try created.json(SurveysAPI.SurveyResponseBody.self)
            let question = try #require(survey.questions.first)
            let adminList = try await admin.api(.GET, surveys).json(APIPage<SurveysAPI.SurveyResponseBody>.self)
            let participantList = try await mentee.api(.GET, surveys)
            let due = try await mentee.api(.GET, "\(w.apiBase)/surveys").json(APIPage<SurveysAPI.SurveyResponseBody>.self)
            let responses = "\(w.apiBase)/surveys/\(survey.id)/responses"
            let answered = try await mentee.rawJSON(.POST, responses, body: #"{"q_\#(question.id)": 4}"#)
            let again = try await mentee.rawJSON(.POST, responses, body: #"{"q_\#(question.id)": 2}"#)
            let dueAfter = try await mentee.api(.GET, "\(w.apiBase)/surveys").json(APIPage<SurveysAPI.SurveyResponseBody>.self)
            // assert
            #expect(refused.status == .forbidden)
            #expect(refused.errorCode == "auth.forbidden")
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.errorFields.contains("title"))
            #expect(created.status == .created)
            #expect(survey.title == "Mid-point check")
            #expect(survey.trigger == "now")
            #expect(survey.anonymous)
            #expect(survey.questions.map(\.kind) == ["rating"])
            #expect(adminList.items.map(\.id) == [survey.id])
            #expect(participantList.status == .forbidden)
            #expect(due.items.map(\.id) == [survey.id])
            #expect(answered.status == .noContent)
            #expect(again.status == .conflict)
            #expect(again.errorCode == "survey.already_answered")
            #expect(dueAfter.items.isEmpty)
            #expect(try await Survey.query(on: app.db).count() == 1)
            #expect(try await SurveyResponse.query(on: app.db).count() == 1)
            #expect(try await SurveyAnswer.query(on: app.db).all().map(\.number) == [4])
        }
    }

    @Test(arguments: TestDB.enabled)
    func resultsShowFiguresOnlyFromFiveAnswers(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: one answer through the API, then four more straight in the database
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let admin = try await fixtures.client(signedInAs: w.admin)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let created = try await admin.rawJSON(.POST, "/api/v1/programmes/\(w.scene.programmeID)/surveys", body: Self.surveyBody)
            let survey = try created.json(SurveysAPI.SurveyResponseBody.self)
            let questionID = try #require(survey.questions.first?.id)
            try await mentee.rawJSON(.POST, "\(w.apiBase)/surveys/\(survey.id)/responses", body: #"{"q_\#(questionID)": 4}"#)
            let stored = try #require(try await Survey.find(survey.id, on: app.db))
            for i in 0..<3 { try await SurveyFixtures.answer(stored, in: w, role: .mentee, rating: 5, name: "Respondent \(i)") }
            let results = "/api/v1/programmes/\(w.scene.programmeID)/surveys/\(survey.id)/results"
            // act
            let four = try await admin.api(.GET, results)
            try await SurveyFixtures.answer(stored, in: w, role: .mentee, rating: 5, name: "Respondent 3")
            let five = try await admin.api(.GET, results)
            let byParticipant = try await mentee.api(.GET, results)
            // assert
            #expect(four.status == .ok)
            #expect(try four.jsonObject()["anonymity_threshold"] as? Int == 5)
            // Under the threshold a figure says only that it is hidden: no count, no mean.
            let hidden = try Self.overall(four, question: questionID)
            #expect(hidden["hidden"] as? Bool == true)
            #expect(hidden["answer_count"] == nil)
            #expect(hidden["mean"] == nil && hidden["distribution"] == nil)
            #expect(five.status == .ok)
            let shown = try Self.overall(five, question: questionID)
            #expect(shown["hidden"] as? Bool == false)
            #expect(shown["answer_count"] as? Int == 5)
            let mean = try #require(shown["mean"] as? Double)
            #expect(abs(mean - 4.8) < 0.0001)
            #expect(shown["distribution"] as? [Int] == [0, 0, 0, 1, 4])
            let body = try five.json(SurveyResultsBody.self)
            #expect(body.responseCount == 5)
            #expect(body.namedAnswers.isEmpty)
            #expect(byParticipant.status == .forbidden)
            #expect(byParticipant.errorCode == "auth.forbidden")
        }
    }
}
