import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Sweep: a survey is due, and a reminder three days later")
struct SurveyNudgeTests {
    @Test(arguments: TestDB.enabled)
    func membersHearOnceWhenASurveyOpensAndOnlyTheOneWhoHasNotAnsweredIsReminded(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a survey due now for both members of a pair
            let w = try await WorkspaceScene.make(Fixtures(app: app))
            let survey = try await SurveyFixtures.survey(w, anonymous: false, title: "Pulse <check>")
            let question = try #require(try await SurveyQueries.questions(of: survey, on: app.db).first)
            let start = Date()
            let of = { (kind: NotificationKind) in try await AppNotification.query(on: app.db).filter(\.$kind == kind).all() }

            // act + assert: the sweep tells both members once, linking to the survey
            try await BackgroundJobs.runDue(on: app, now: start)
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(3600))
            let due = try await of(.surveyDue)
            #expect(Set(due.map(\.userID)) == Set([w.mentor.id, w.mentee.id]) && due.count == 2)
            #expect(due.allSatisfy { $0.link == "/relationships/\(w.relationshipID)/surveys/\(survey.id!)" })
            #expect(due.first?.title == "“Pulse <check>” is waiting for your answers")

            // the mentee answers; two days on, nobody is reminded yet
            try await SurveyService.saveResponse([try question.requireID().uuidString: .rating(4)], survey: survey,
                                                 relationship: try await w.relationship(), user: w.mentee, role: .mentee, on: app.db)
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(2 * 86400))
            #expect(try await of(.nudgeSurveyOpen).isEmpty)

            // three days on, only the mentor, once, however often the sweep runs
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(3 * 86400 + 7200))
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(9 * 86400))
            let nudges = try await of(.nudgeSurveyOpen)
            #expect(nudges.map(\.userID) == [w.mentor.id])
            #expect(try await of(.surveyDue).count == 2)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aClosedSurveyAndAPersonWhoSwitchedRemindersOffHearNothingMore(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: two surveys; the mentee switches survey reminders off; the second survey is closed
            let w = try await WorkspaceScene.make(Fixtures(app: app))
            let open = try await SurveyFixtures.survey(w, anonymous: false, title: "Open one")
            let closed = try await SurveyFixtures.survey(w, anonymous: false, title: "Closed one")
            closed.closedAt = Date()
            try await closed.save(on: app.db)
            try await NotificationPreference(userID: try w.mentee.requireID(),
                                             kind: .nudgeSurveyOpen, choice: .off).create(on: app.db)
            let start = Date()

            // act
            try await BackgroundJobs.runDue(on: app, now: start)
            try await BackgroundJobs.runDue(on: app, now: start.addingTimeInterval(4 * 86400))

            // assert
            let notes = try await AppNotification.query(on: app.db).filter(\.$kind ~~ [.surveyDue, .nudgeSurveyOpen]).all()
            #expect(notes.allSatisfy { $0.link.hasSuffix(open.id!.uuidString) })
            #expect(notes.filter { $0.kind == .nudgeSurveyOpen }.map(\.userID) == [w.mentor.id])
        }
    }
}
