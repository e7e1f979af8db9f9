import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Workspace goals")
struct WorkspaceGoalTests {
    @Test(arguments: TestDB.enabled)
    func aNewGoalShowsItsSmartHints(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            // act: the mentor sets a learning goal of their own
            let created = try await mentor.post("\(w.base)/goals", form: ["title": "Get better at Excel", "status": "not_started", "visibility": "pair"])
            let goal = try #require(try await Goal.query(on: app.db).first())
            let page = try await mentor.get("\(w.base)/goals/\(goal.id!)")
            let workspace = try await fixtures.client(signedInAs: w.mentee).get(w.base)
            // assert
            #expect(created.status == .seeOther)
            #expect(created.location.hasPrefix("\(w.base)/goals/\(goal.id!)"))
            #expect(goal.$owner.id == w.mentor.id)
            #expect(goal.targetDate == nil)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("SMART check:"))
            #expect(page.body.string.contains("Add a target date"))
            #expect(workspace.body.string.contains("Maya Mentor’s goals"))
            #expect(workspace.body.string.contains("Get better at Excel"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func checkMyGoalShowsHintsAndSavesNothing(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let response = try await mentee.post("\(w.base)/goals", form: ["title": "Get better at Excel", "intent": "check"])
            // assert
            #expect(response.status == .ok)
            #expect(response.body.string.contains("SMART check:"))
            #expect(response.body.string.contains("Add a target date"))
            #expect(response.body.string.contains(#"value="Get better at Excel""#))
            #expect(try await Goal.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func anInvalidGoalReRendersWithWhatWasTyped(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act: no title, a bad date
            let response = try await mentee.post("\(w.base)/goals", form: [
                "title": "  ", "measure": "Three dashboards shipped", "target_date": "next spring",
            ])
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Give your goal a short title."))
            #expect(response.body.string.contains("Three dashboards shipped"))
            #expect(response.body.string.contains(#"value="next spring""#))
            #expect(try await Goal.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theOwnerTicksAMilestone(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let goal = try await w.goal("Run a SQL workshop", owner: w.mentee, milestones: "Draft the outline\nBook a room")
            let milestone = try #require(try await GoalMilestone.query(on: app.db).filter(\.$position == 0).first())
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let url = "\(w.base)/goals/\(goal.id!)/milestones/\(milestone.id!)/toggle"
            // act
            let ticked = try await mentee.post(url, form: [:])
            let doneAt = try await GoalMilestone.find(milestone.id, on: app.db)?.doneAt
            let byPartner = try await fixtures.client(signedInAs: w.mentor).post(url, form: [:])
            let page = try await mentee.get("\(w.base)/goals/\(goal.id!)")
            let unticked = try await mentee.post(url, form: [:])
            // assert
            #expect(ticked.status == .seeOther)
            #expect(doneAt != nil)
            #expect(byPartner.status == .forbidden)
            #expect(page.body.string.contains("<s>Draft the outline</s>"))
            #expect(!page.body.string.contains("<s>Book a room</s>"))
            #expect(unticked.status == .seeOther)
            #expect(try await GoalMilestone.find(milestone.id, on: app.db)?.doneAt == nil)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aStatusChangeIsRecordedAsADatedUpdate(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let goal = try await w.goal("Run a SQL workshop", owner: w.mentee)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let saved = try await mentee.post("\(w.base)/goals/\(goal.id!)/edit", form: [
                "title": "Run a SQL workshop", "status": "on_track", "visibility": "pair",
            ])
            let page = try await mentee.get("\(w.base)/goals/\(goal.id!)")
            // assert
            #expect(saved.status == .seeOther)
            #expect(try await Goal.find(goal.id, on: app.db)?.status == .onTrack)
            let updates = try await GoalUpdate.query(on: app.db).filter(\.$goalID == goal.id!).all()
            #expect(updates.count == 1)
            #expect(updates.first?.status == .onTrack)
            #expect(updates.first?.createdAt != nil)
            #expect(updates.first?.authorID == w.mentee.id)
            #expect(page.body.string.contains("Status changed to on track."))
            #expect(page.body.string.contains("status: On track"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func anUnknownUpdateStatusReRendersWithAFieldMessage(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let goal = try await w.goal("Run a SQL workshop", owner: w.mentee)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act: the same unknown status the API answers with 422
            let response = try await mentee.post("\(w.base)/goals/\(goal.id!)/updates", form: ["body": "Outline drafted", "status": "finished-ish"])
            let api = try await mentee.api(.POST, "/api/v1\(w.base)/goals/\(goal.id!)/updates",
                                           json: ["body": "Outline drafted", "status": "finished-ish"])
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Choose a known status."))
            #expect(response.body.string.contains("Outline drafted"))
            #expect(api.status == .unprocessableEntity)
            #expect(api.body.string.contains("Choose a known status."))
            #expect(try await GoalUpdate.query(on: app.db).count() == 0)
            #expect(try await Goal.find(goal.id, on: app.db)?.status == .notStarted)
        }
    }

    @Test(arguments: TestDB.enabled)
    func thePartnerCannotEditAGoalButCanComment(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let goal = try await w.goal("Run a SQL workshop", owner: w.mentee)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            try await mentee.post("\(w.base)/goals/\(goal.id!)/updates", form: ["body": "Outline drafted", "status": "on_track"])
            let update = try #require(try await GoalUpdate.query(on: app.db).first())
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            // act
            let editForm = try await mentor.get("\(w.base)/goals/\(goal.id!)/edit")
            let edit = try await mentor.post("\(w.base)/goals/\(goal.id!)/edit", form: ["title": "Hijacked", "status": "done"])
            let addUpdate = try await mentor.post("\(w.base)/goals/\(goal.id!)/updates", form: ["body": "Done, says the mentor"])
            let comment = try await mentor.post("\(w.base)/goals/\(goal.id!)/updates/\(update.id!)/comments", form: ["body": "Nice outline!"])
            let page = try await mentee.get("\(w.base)/goals/\(goal.id!)")
            // assert
            #expect(editForm.status == .forbidden)
            #expect(edit.status == .forbidden)
            #expect(edit.body.string.contains("Only the person who set this goal can change it."))
            #expect(addUpdate.status == .forbidden)
            let stored = try #require(try await Goal.find(goal.id, on: app.db))
            #expect(stored.title == "Run a SQL workshop")
            #expect(stored.status == .onTrack)
            #expect(comment.status == .seeOther)
            #expect(try await GoalUpdate.query(on: app.db).filter(\.$commentOn == update.id!).all().map(\.body) == ["Nice outline!"])
            #expect(page.body.string.contains("Nice outline!"))
            #expect(!page.body.string.contains("Done, says the mentor"))
        }
    }
}
