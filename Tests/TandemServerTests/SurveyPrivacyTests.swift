import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

/// Survey figures count people, not responses, and move only in steps of five people.
@Suite("Survey privacy")
struct SurveyPrivacyTests {
    static func results(_ w: WorkspaceScene, _ survey: Survey) -> (page: String, api: String) {
        let page = "/programmes/\(w.scene.programmeID)/surveys/\(survey.id!)"
        return (page, "/api/v1\(page)/results")
    }

    static func overall(_ response: TestingHTTPResponse) throws -> [String: Any] {
        let questions = try #require(try response.jsonObject()["questions"] as? [[String: Any]])
        return try #require(questions.first?["overall"] as? [String: Any])
    }

    @Test(arguments: TestDB.enabled)
    func oneMentorAnsweringForFiveMenteesIsOnePersonAndStaysHidden(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: the mentor has five mentees and answers once in each relationship
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures, capacity: 6)
            let profile = try await fixtures.profile(of: scene.mentor)
            profile.mentorCapacity = 6
            try await profile.save(on: app.db)
            var relationshipIDs = [try await fixtures.match(scene.mentee, with: scene.mentor, in: scene.programme)]
            for i in 1..<5 {
                let mentee = try await fixtures.user(in: scene.org, name: "Mentee \(i)")
                try await fixtures.enrol(mentee, in: scene.programme, as: .mentee)
                relationshipIDs.append(try await fixtures.match(mentee, with: scene.mentor, in: scene.programme))
            }
            let w = WorkspaceScene(fixtures: fixtures, scene: scene, relationshipID: relationshipIDs[0])
            let survey = try await SurveyFixtures.survey(w, anonymous: true)
            let question = try #require(try await SurveyQueries.questions(of: survey, on: app.db).first)
            for id in relationshipIDs {
                let r = try #require(try await Relationship.find(id, on: app.db))
                try await SurveyService.saveResponse([question.id!.uuidString: .rating(2)], survey: survey, relationship: r,
                                               user: scene.mentor, role: .mentor, on: app.db)
            }
            let admin = try await fixtures.client(signedInAs: scene.admin)
            let (pageURL, apiURL) = Self.results(w, survey)
            // act
            let page = try await admin.get(pageURL).body.string
            let api = try await admin.api(.GET, apiURL)
            // assert
            #expect(try await SurveyResponse.query(on: app.db).count() == 5)
            #expect(!page.contains("1 person answered"))
            #expect(page.contains("Fewer than 5 people have answered"))
            #expect(!page.contains("Average"))
            #expect(try Self.overall(api)["hidden"] as? Bool == true)
            #expect(try api.json(SurveyResultsBody.self).responseCount == nil)
            #expect(try api.jsonObject()["response_count"] == nil)
        }
    }

    @Test(arguments: TestDB.enabled)
    func figuresMoveOnlyInStepsOfFivePeopleUntilTheSurveyCloses(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: five people rate 4
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let survey = try await SurveyFixtures.survey(w, anonymous: true)
            for i in 0..<5 { try await SurveyFixtures.answer(survey, in: w, role: .mentee, rating: 4, name: "First \(i)") }
            let admin = try await fixtures.client(signedInAs: w.admin)
            let (pageURL, apiURL) = Self.results(w, survey)
            // act
            let atFive = try await admin.api(.GET, apiURL)
            try await SurveyFixtures.answer(survey, in: w, role: .mentee, rating: 1, name: "Sixth")
            let atSix = try await admin.api(.GET, apiURL)
            let pageAtSix = try await admin.get(pageURL).body.string
            for i in 0..<3 { try await SurveyFixtures.answer(survey, in: w, role: .mentee, rating: 1, name: "Later \(i)") }
            let atNine = try await admin.api(.GET, apiURL)
            try await SurveyFixtures.answer(survey, in: w, role: .mentee, rating: 1, name: "Tenth")
            let atTen = try await admin.api(.GET, apiURL)
            try await SurveyFixtures.answer(survey, in: w, role: .mentee, rating: 1, name: "Eleventh")
            let closed = try await admin.post("\(pageURL)/close", form: [:])
            let afterClose = try await admin.api(.GET, apiURL)
            let pageAfterClose = try await admin.get(pageURL).body.string
            // assert
            #expect(try Self.overall(atFive)["answer_count"] as? Int == 5)
            #expect(try Self.overall(atFive)["mean"] as? Double == 4)
            #expect(try Self.overall(atSix)["answer_count"] as? Int == 5)
            #expect(try Self.overall(atSix)["mean"] as? Double == 4)
            let six = try atSix.json(SurveyResultsBody.self)
            // The count moves in the same steps as the figures: the sixth person is not visible.
            #expect(six.responseCount == 5 && six.releasedCount == 5 && !six.final)
            #expect(pageAtSix.contains("At least 5 people answered"))
            #expect(!pageAtSix.contains("6 people"))
            #expect(pageAtSix.contains("Results update each time 5 more people answer, and in full when the survey closes."))
            #expect(pageAtSix.contains("Average 4.0 out of 5"))
            #expect(try Self.overall(atNine)["mean"] as? Double == 4)
            #expect(try Self.overall(atTen)["answer_count"] as? Int == 10)
            #expect(try Self.overall(atTen)["mean"] as? Double == 2.5)
            #expect(closed.status == .seeOther)
            let final = try afterClose.json(SurveyResultsBody.self)
            #expect(final.final && final.releasedCount == 11 && final.responseCount == 11)
            #expect(pageAfterClose.contains("11 people answered"))
            #expect(try Self.overall(afterClose)["answer_count"] as? Int == 11)
            #expect(!pageAfterClose.contains("Results update each time"))
        }
    }
}
