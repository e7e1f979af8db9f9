import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Workspace API: other relationships, archived relationships, bad check-ins")
struct WorkspaceAPIBoundaryTests {
    @Test(arguments: TestDB.enabled)
    func idsFromAnotherRelationshipAre404(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a second pair in the same organisation and programme
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let otherMentor = try await fixtures.user(in: w.scene.org, name: "Otto Mentor")
            let otherMentee = try await fixtures.user(in: w.scene.org, name: "Una Mentee")
            try await fixtures.enrol(otherMentor, in: w.scene.programme, as: .mentor)
            try await fixtures.enrol(otherMentee, in: w.scene.programme, as: .mentee)
            let other = WorkspaceScene(fixtures: fixtures, scene: w.scene,
                                       relationshipID: try await fixtures.match(otherMentee, with: otherMentor, in: w.scene.programme))
            let theirGoal = try await other.goal("Their goal", owner: otherMentee)
            let theirMeeting = try await other.meeting(by: otherMentor, days: 2)
            let theirCheckIn = try await other.meeting(by: otherMentor, days: -2, status: .held)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let admin = try await fixtures.client(signedInAs: w.admin)
            // act
            let responses = [
                try await mentee.api(.GET, "\(w.apiBase)/goals/\(theirGoal.id!)"),
                try await mentee.rawJSON(.PUT, "\(w.apiBase)/goals/\(theirGoal.id!)", body: #"{"title":"Mine now"}"#),
                try await mentee.api(.POST, "\(w.apiBase)/meetings/\(theirMeeting.id!)/cancel"),
                try await mentee.api(.POST, "\(w.apiBase)/check-ins/\(theirCheckIn.id!)/confirm"),
                try await mentee.api(.GET, "\(other.apiBase)/goals"),
                try await admin.api(.GET, "\(w.apiBase)/meetings"),
            ]
            // assert
            for response in responses {
                #expect(response.status == .notFound)
                #expect(!response.body.string.contains("Their goal"))
            }
            #expect(try await Goal.find(theirGoal.id, on: app.db)?.title == "Their goal")
            #expect(try await Meeting.find(theirMeeting.id, on: app.db)?.status == .scheduled)
            #expect(try await Meeting.find(theirCheckIn.id, on: app.db)?.confirmedAt == nil)
        }
    }

    @Test(arguments: TestDB.enabled)
    func badCheckInsAreRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let stranger = try await fixtures.user(in: w.scene.org, name: "Sam Stranger")
            let upcoming = try await w.meeting(by: w.mentor, days: 2)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            var strangerAction = APIBody.meeting(dayOffset: -1)
            strangerAction["actions"] = [["title": "Do it", "owner_id": stranger.id!.uuidString]]
            // act
            let future = try await mentee.rawJSON(.POST, "\(w.apiBase)/check-ins", body: try APIBody.json(APIBody.meeting(dayOffset: 3)))
            let badOwner = try await mentee.rawJSON(.POST, "\(w.apiBase)/check-ins", body: try APIBody.json(strangerAction))
            let notHeld = try await mentee.api(.POST, "\(w.apiBase)/check-ins/\(upcoming.id!)/confirm")
            // assert
            #expect(future.status == .unprocessableEntity)
            #expect(future.errorFields.contains("date"))
            #expect(badOwner.status == .unprocessableEntity)
            #expect(badOwner.errorFields == ["actions[0][owner_id]"])
            #expect(notHeld.status == .conflict)
            #expect(notHeld.errorCode == "check_in.not_held")
            #expect(try await Meeting.query(on: app.db).count() == 1)
            #expect(try await ActionItem.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func anArchivedRelationshipIsReadOnly(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let goal = try await w.goal("Learn SQL joins", owner: w.mentee)
            let survey = try await SurveyFixtures.survey(w, anonymous: true)
            let question = try #require(try await SurveyQueries.questions(of: survey, on: app.db).first)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            try await mentor.rawJSON(.POST, "\(w.apiBase)/close", body: #"{"learned":"How to listen"}"#)
            // act
            let writes = [
                try await mentee.rawJSON(.PUT, "\(w.apiBase)/goals/\(goal.id!)", body: #"{"title":"Changed"}"#),
                try await mentee.rawJSON(.POST, "\(w.apiBase)/goals", body: #"{"title":"New"}"#),
                try await mentee.rawJSON(.POST, "\(w.apiBase)/meetings", body: try APIBody.json(APIBody.meeting(dayOffset: 3))),
                try await mentee.rawJSON(.POST, "\(w.apiBase)/check-ins", body: try APIBody.json(APIBody.meeting(dayOffset: -1))),
                try await mentee.rawJSON(.POST, "\(w.apiBase)/feedback", body: #"{"went_well":"All of it"}"#),
                try await mentee.rawJSON(.POST, "\(w.apiBase)/surveys/\(survey.id!)/responses", body: #"{"q_\#(question.id!)": 5}"#),
            ]
            let goals = try await mentee.api(.GET, "\(w.apiBase)/goals")
            // assert
            for response in writes {
                #expect(response.status == .conflict)
                #expect(response.errorCode == "relationship.archived")
            }
            #expect(goals.status == .ok)
            #expect(try goals.json(APIPage<GoalsAPI.GoalResponse>.self).items.map(\.title) == ["Learn SQL joins"])
            #expect(try await Goal.query(on: app.db).count() == 1)
            #expect(try await Meeting.query(on: app.db).count() == 0)
            #expect(try await Feedback.query(on: app.db).count() == 0)
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
        }
    }
}
