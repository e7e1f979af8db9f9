import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

/// Only members see a relationship; everyone else, in the organisation or outside it, gets 404.
@Suite("Workspace permissions")
struct WorkspacePermissionTests {
    /// Every page under a relationship, with real ids of its goal, meeting and survey.
    static func memberPages(_ w: WorkspaceScene) async throws -> [String] {
        let goal = try await w.goal("Run a SQL workshop", owner: w.mentee)
        let meeting = try await w.meeting(by: w.mentor, days: 3)
        let survey = try await SurveyFixtures.survey(w, anonymous: true)
        return [w.base, "\(w.base)/goals/new", "\(w.base)/goals/\(goal.id!)", "\(w.base)/goals/\(goal.id!)/edit",
                "\(w.base)/meetings/new", "\(w.base)/meetings/\(meeting.id!)/edit", "\(w.base)/meetings/\(meeting.id!)/event.ics",
                "\(w.base)/check-ins/new", "\(w.base)/messages", "\(w.base)/feedback/new", "\(w.base)/close",
                "\(w.base)/surveys/\(survey.id!)"]
    }

    @Test(arguments: TestDB.enabled)
    func nonMemberOfTheSameOrganisationGets404Everywhere(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let pages = try await Self.memberPages(w)
            let eve = try await fixtures.user(in: w.scene.org, name: "Eve Outsider")
            let outsider = try await fixtures.client(signedInAs: eve)
            let member = try await fixtures.client(signedInAs: w.mentee)
            // act
            var statuses: [String: HTTPStatus] = [:]
            var memberStatuses: [String: HTTPStatus] = [:]
            for page in pages {
                statuses[page] = try await outsider.get(page).status
                memberStatuses[page] = try await member.get(page).status
            }
            // assert
            for page in pages {
                #expect(statuses[page] == .notFound, "\(page) answered \(statuses[page]!) to a non-member")
            }
            // Members see every page (the goal is the mentee's own, so its edit form too).
            for page in pages {
                #expect(memberStatuses[page] == .ok, "\(page) answered \(memberStatuses[page]!) to a member")
            }
        }
    }

    @Test(arguments: TestDB.enabled)
    func nonMemberCannotWriteIntoTheRelationship(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let goal = try await w.goal("Run a SQL workshop", owner: w.mentee)
            let eve = try await fixtures.client(signedInAs: try await fixtures.user(in: w.scene.org, name: "Eve Outsider"))
            // act
            let message = try await eve.post("\(w.base)/messages", form: ["body": "Spam from Eve"])
            let newGoal = try await eve.post("\(w.base)/goals", form: ["title": "Eve's goal"])
            let edit = try await eve.post("\(w.base)/goals/\(goal.id!)/edit", form: ["title": "Hijacked"])
            let meeting = try await eve.post("\(w.base)/meetings", form: MeetingForm.fields(dayOffset: 3))
            let close = try await eve.post("\(w.base)/close", form: ["learned": "Nothing"])
            // assert
            for response in [message, newGoal, edit, meeting, close] { #expect(response.status == .notFound) }
            #expect(try await Message.query(on: app.db).count() == 0)
            #expect(try await Goal.query(on: app.db).all().map(\.title) == ["Run a SQL workshop"])
            #expect(try await Meeting.query(on: app.db).count() == 0)
            #expect(try await w.relationship().status == .active)
        }
    }

    @Test(arguments: TestDB.enabled)
    func anIDFromAnotherRelationshipOfTheSameMemberIs404(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: Maya mentors Tom and Sue; Sue's goal is looked up under Tom's relationship
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let sue = try await fixtures.user(in: w.scene.org, name: "Sue Second")
            try await fixtures.enrol(sue, in: w.scene.programme, as: .mentee)
            let other = try await fixtures.match(sue, with: w.mentor, in: w.scene.programme)
            let otherScene = WorkspaceScene(fixtures: fixtures, scene: w.scene, relationshipID: other)
            let suesGoal = try await otherScene.goal("Sue's secret goal", owner: sue)
            let suesMeeting = try await otherScene.meeting(by: sue, days: 2)
            let maya = try await fixtures.client(signedInAs: w.mentor)
            // act
            let goal = try await maya.get("\(w.base)/goals/\(suesGoal.id!)")
            let ics = try await maya.get("\(w.base)/meetings/\(suesMeeting.id!)/event.ics")
            let cancel = try await maya.post("\(w.base)/meetings/\(suesMeeting.id!)/cancel", form: [:])
            // assert
            #expect(goal.status == .notFound)
            #expect(!goal.body.string.contains("Sue's secret goal"))
            #expect(ics.status == .notFound)
            #expect(cancel.status == .notFound)
            #expect(try await Meeting.find(suesMeeting.id, on: app.db)?.status == .scheduled)
        }
    }

    @Test(arguments: TestDB.enabled)
    func anotherOrganisationGets404OnEveryWorkspacePage(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let pages = try await Self.memberPages(w)
            let orgB = try await fixtures.organisation("Beta Ltd")
            let adminB = try await fixtures.client(signedInAs: try await fixtures.user(in: orgB, name: "Bea Betaadmin", role: .admin))
            // act
            var statuses: [String: HTTPStatus] = [:]
            for page in pages { statuses[page] = try await adminB.get(page).status }
            let results = try await adminB.get("/programmes/\(w.scene.programmeID)/surveys")
            // assert
            for page in pages {
                #expect(statuses[page] == .notFound, "\(page) answered \(statuses[page]!) to another organisation")
            }
            #expect(results.status == .notFound)
        }
    }
}
