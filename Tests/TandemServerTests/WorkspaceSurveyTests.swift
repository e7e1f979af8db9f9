import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Workspace surveys")
struct WorkspaceSurveyTests {
    static func surveyForm(anonymous: Bool) -> [String: String] {
        ["title": "Mid-point check", "intro": "How is it going?", "trigger": "now", "anonymous": anonymous ? "on" : "off",
         "questions[0][prompt]": "How useful are your meetings?", "questions[0][kind]": "rating",
         "questions[0][audience]": "everyone", "questions[0][about]": "relationship"]
    }

    @Test(arguments: TestDB.enabled)
    func adminCreatesASurveyAndMembersAnswerItOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let admin = try await fixtures.client(signedInAs: w.admin)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let created = try await admin.post("/programmes/\(w.scene.programmeID)/surveys", form: Self.surveyForm(anonymous: true))
            let survey = try #require(try await Survey.query(on: app.db).first())
            let question = try #require(try await SurveyQuestion.query(on: app.db).first())
            let prompt = try await mentee.get(w.base)
            let form = try await mentee.get("\(w.base)/surveys/\(survey.id!)")
            let answered = try await mentee.post("\(w.base)/surveys/\(survey.id!)", form: ["q_\(question.id!)": "4"])
            let again = try await mentee.post("\(w.base)/surveys/\(survey.id!)", form: ["q_\(question.id!)": "2"])
            let after = try await mentee.get(w.base)
            // assert
            #expect(created.status == .seeOther)
            #expect(created.locationID == survey.id)
            #expect(survey.anonymous && survey.trigger == .now)
            #expect(question.prompt == "How useful are your meetings?" && question.kind == .rating)
            #expect(prompt.body.string.contains("“Mid-point check” is waiting for your answers."))
            #expect(prompt.body.string.contains("\(w.base)/surveys/\(survey.id!)"))
            #expect(form.status == .ok)
            #expect(form.body.string.contains(#"name="q_\#(question.id!)""#))
            #expect(answered.status == .seeOther)
            #expect(again.status == .conflict)
            #expect(try await SurveyResponse.query(on: app.db).count() == 1)
            #expect(try await SurveyAnswer.query(on: app.db).all().map(\.number) == [4])
            #expect(!after.body.string.contains("is waiting for your answers"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func resultsShowNoFiguresUnderFiveAnswers(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let survey = try await SurveyFixtures.survey(w, anonymous: true)
            for i in 0..<4 { try await SurveyFixtures.answer(survey, in: w, role: .mentee, rating: 5, name: "Respondent \(i)") }
            let admin = try await fixtures.client(signedInAs: w.admin)
            let url = "/programmes/\(w.scene.programmeID)/surveys/\(survey.id!)"
            // act
            let four = try await admin.get(url).body.string
            try await SurveyFixtures.answer(survey, in: w, role: .mentee, rating: 3, name: "Respondent 4")
            let five = try await admin.get(url).body.string
            // assert
            #expect(four.contains("Fewer than 5 people have answered"))
            #expect(!four.contains("Average"))
            #expect(!four.contains("<td>5</td>"))
            #expect(SurveyFixtures.split(five, role: "Everyone").contains("Average 4.6 out of 5"))
            #expect(!SurveyFixtures.split(five, role: "Everyone").contains("Fewer than 5 people have answered"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func aRoleGroupUnderFiveIsHiddenInTheSplit(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: five mentees and one mentor answer
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let survey = try await SurveyFixtures.survey(w, anonymous: true)
            // Closed, so every answer is released at once rather than in steps of five people.
            survey.closedAt = Date()
            try await survey.save(on: app.db)
            for i in 0..<5 { try await SurveyFixtures.answer(survey, in: w, role: .mentee, rating: 4, name: "Mentee \(i)") }
            try await SurveyFixtures.answer(survey, in: w, role: .mentor, rating: 1, name: "Lonely Mentor")
            let admin = try await fixtures.client(signedInAs: w.admin)
            let url = "/programmes/\(w.scene.programmeID)/surveys/\(survey.id!)"
            // act
            let one = try await admin.get(url)
            for i in 0..<4 { try await SurveyFixtures.answer(survey, in: w, role: .mentor, rating: 2, name: "Mentor \(i)") }
            let five = try await admin.get(url).body.string
            // assert: with one mentor, the mentees' figure is hidden too, or overall minus mentees would reveal the mentor
            let html = one.body.string
            #expect(one.status == .ok)
            #expect(SurveyFixtures.split(html, role: "Everyone").contains("Average 3.5 out of 5"))
            let mentors = SurveyFixtures.split(html, role: "Mentors")
            #expect(mentors.contains("Fewer than 5 people have answered"))
            #expect(!mentors.contains("Average"))
            #expect(!SurveyFixtures.split(html, role: "Mentees").contains("Average"))
            #expect(!html.contains("Lonely Mentor"))
            #expect(SurveyFixtures.split(five, role: "Mentors").contains("Average 1.8 out of 5"))
            #expect(SurveyFixtures.split(five, role: "Mentees").contains("Average 4.0 out of 5"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func participantsCannotReadResults(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let survey = try await SurveyFixtures.survey(w, anonymous: true)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            // act
            let results = try await mentor.get("/programmes/\(w.scene.programmeID)/surveys/\(survey.id!)")
            let list = try await mentor.get("/programmes/\(w.scene.programmeID)/surveys")
            let create = try await mentor.post("/programmes/\(w.scene.programmeID)/surveys", form: Self.surveyForm(anonymous: true))
            // assert
            #expect(results.status == .forbidden)
            #expect(list.status == .forbidden)
            #expect(create.status == .forbidden)
            #expect(try await Survey.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func namesAppearOnlyForNonAnonymousSurveys(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: the same six people answer an anonymous and a named survey
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let anonymous = try await SurveyFixtures.survey(w, anonymous: true, title: "Anonymous pulse")
            let named = try await SurveyFixtures.survey(w, anonymous: false, title: "Named pulse")
            for i in 0..<6 {
                try await SurveyFixtures.answer(anonymous, in: w, role: .mentee, rating: 4, name: "Anon Person\(i)")
                try await SurveyFixtures.answer(named, in: w, role: .mentee, rating: 4, name: "Named Person\(i)")
            }
            let admin = try await fixtures.client(signedInAs: w.admin)
            // act
            let anonymousPage = try await admin.get("/programmes/\(w.scene.programmeID)/surveys/\(anonymous.id!)").body.string
            let namedPage = try await admin.get("/programmes/\(w.scene.programmeID)/surveys/\(named.id!)").body.string
            // assert
            #expect(!anonymousPage.contains("Anon Person"))
            #expect(!anonymousPage.contains("Answers by name"))
            #expect(namedPage.contains("Answers by name"))
            #expect(namedPage.contains("Named Person3"))
            #expect(namedPage.contains("4 of 5"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func theAnswerPageTellsRespondentsWhetherTheirNameIsShown(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let anonymous = try await SurveyFixtures.survey(w, anonymous: true)
            let named = try await SurveyFixtures.survey(w, anonymous: false)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let a = try await mentee.get("\(w.base)/surveys/\(anonymous.id!)").body.string
            let n = try await mentee.get("\(w.base)/surveys/\(named.id!)").body.string
            // assert
            #expect(a.contains("Your answers are anonymous"))
            #expect(n.contains("This survey is not anonymous"))
        }
    }
}
