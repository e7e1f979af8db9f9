import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

/// The surveys index counts distinct people, and shows no figure below five of them.
@Suite("Survey index privacy")
struct SurveyIndexPrivacyTests {
    /// The mentor of `w` matched with four more mentees, so one person can answer five times.
    static func mentorWithFiveMentees(_ fixtures: Fixtures) async throws -> (WorkspaceScene, [UUID]) {
        let scene = try await MentoringScene.make(fixtures, capacity: 6)
        let profile = try await fixtures.profile(of: scene.mentor)
        profile.mentorCapacity = 6
        try await profile.save(on: fixtures.app.db)
        var ids = [try await fixtures.match(scene.mentee, with: scene.mentor, in: scene.programme)]
        for i in 1..<5 {
            let mentee = try await fixtures.user(in: scene.org, name: "Mentee \(i)")
            try await fixtures.enrol(mentee, in: scene.programme, as: .mentee)
            ids.append(try await fixtures.match(mentee, with: scene.mentor, in: scene.programme))
        }
        return (WorkspaceScene(fixtures: fixtures, scene: scene, relationshipID: ids[0]), ids)
    }

    /// A goal shared with admins, owned by `owner`, written straight to the database.
    static func sharedGoal(_ w: WorkspaceScene, owner: User, status: GoalStatus) async throws {
        var valid = try GoalDraft(title: "Goal", milestones: "").validate()
        valid.status = status
        valid.visibility = .admins
        try await Goal(organisationID: owner.organisationID, relationshipID: w.relationshipID, ownerID: try owner.requireID(),
                       goal: valid).create(on: w.app.db)
    }

    @Test(arguments: TestDB.enabled)
    func responsesAreCountedInPeopleAndHiddenBelowFive(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: the mentor answers once in each of five relationships
            let fixtures = Fixtures(app: app)
            let (w, relationshipIDs) = try await Self.mentorWithFiveMentees(fixtures)
            let survey = try await SurveyFixtures.survey(w, anonymous: true)
            let question = try #require(try await SurveyQueries.questions(of: survey, on: app.db).first)
            for id in relationshipIDs {
                let r = try #require(try await Relationship.find(id, on: app.db))
                try await SurveyService.saveResponse([question.id!.uuidString: .rating(2)], survey: survey, relationship: r,
                                               user: w.mentor, role: .mentor, on: app.db)
            }
            let admin = try await fixtures.client(signedInAs: w.admin)
            let index = "/programmes/\(w.scene.programmeID)/surveys"
            // act
            let onePerson = try await admin.get(index).body.string
            for i in 0..<3 { try await SurveyFixtures.answer(survey, in: w, role: .mentee, rating: 3, name: "Other \(i)") }
            let fourPeople = try await admin.get(index).body.string
            try await SurveyFixtures.answer(survey, in: w, role: .mentee, rating: 3, name: "Fifth")
            let fivePeople = try await admin.get(index).body.string
            // assert
            #expect(try await SurveyResponse.query(on: app.db).count() == 9)
            #expect(onePerson.contains("fewer than 5 people have answered"))
            #expect(!onePerson.contains("<td>5</td>") && !onePerson.contains("<td>1</td>"))
            #expect(fourPeople.contains("fewer than 5 people have answered"))
            #expect(!fourPeople.contains("<td>8</td>") && !fourPeople.contains("<td>4</td>"))
            #expect(fivePeople.contains("<td>5 people</td>"))
            #expect(!fivePeople.contains("fewer than 5 people have answered"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func sharedGoalStatusesAreHiddenUntilFivePeopleShare(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: one mentee shares six goals with admins
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            for _ in 0..<6 { try await Self.sharedGoal(w, owner: w.mentee, status: .atRisk) }
            let admin = try await fixtures.client(signedInAs: w.admin)
            let index = "/programmes/\(w.scene.programmeID)/surveys"
            // act
            let onePerson = try await admin.get(index).body.string
            var owners = [w.mentor]
            for i in 0..<3 { owners.append(try await fixtures.user(in: w.scene.org, name: "Owner \(i)")) }
            for owner in owners { try await Self.sharedGoal(w, owner: owner, status: .onTrack) }
            let fivePeople = try await admin.get(index).body.string
            // assert
            #expect(onePerson.contains("ewer than 5 people share goals"))
            #expect(!onePerson.contains("<td>6</td>"))
            #expect(!onePerson.contains("At risk</td>"))
            #expect(fivePeople.contains("10 goals, by status"))
            #expect(fivePeople.contains("<td>At risk</td><td>6</td>"))
            #expect(fivePeople.contains("<td>On track</td><td>4</td>"))
            #expect(!fivePeople.contains("ewer than 5 people share goals"))
        }
    }
}
