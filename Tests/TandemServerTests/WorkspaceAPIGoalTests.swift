import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Workspace API: goals and the SMART check")
struct WorkspaceAPIGoalTests {
    @Test(arguments: TestDB.enabled)
    func createsGoalsWithMilestonesAsAListOrAsLines(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let listBody = try APIBody.json(["title": "Lead a design review", "measure": "One review led by June",
                                             "milestones": ["Read the guide", "Shadow a review"]])
            let textBody = try APIBody.json(["title": "Give a talk", "milestones": "Pick a topic\n\n  Draft slides  \nRehearse"])
            // act
            let fromList = try await mentee.rawJSON(.POST, "\(w.apiBase)/goals", body: listBody)
            let fromText = try await mentee.rawJSON(.POST, "\(w.apiBase)/goals", body: textBody)
            let listed = try await mentee.api(.GET, "\(w.apiBase)/goals").json(APIPage<GoalsAPI.GoalResponse>.self)
            // assert
            #expect(fromList.status == .created)
            #expect(fromText.status == .created)
            let first = try fromList.json(GoalsAPI.GoalResponse.self)
            let second = try fromText.json(GoalsAPI.GoalResponse.self)
            #expect(first.ownerID == w.mentee.id)
            #expect(first.title == "Lead a design review")
            #expect(first.status == "not_started")
            #expect(first.visibility == "pair")
            #expect(first.targetDate == nil)
            #expect(first.milestones.map(\.title) == ["Read the guide", "Shadow a review"])
            #expect(first.milestones.allSatisfy { !$0.done })
            #expect(second.milestones.map(\.title) == ["Pick a topic", "Draft slides", "Rehearse"])
            for goal in [first, second] {
                #expect(goal.smart.findings.map(\.criterion) == [.specific, .measurable, .achievable, .relevant, .timeBound])
                let timeBound = try #require(goal.smart.finding(for: .timeBound))
                #expect(!timeBound.met)
                #expect(timeBound.hint == "Add a target date.")
            }
            #expect(listed.items.map(\.id) == [first.id, second.id])
            #expect(try await Goal.query(on: app.db).count() == 2)
            #expect(try await GoalMilestone.query(on: app.db).count() == 5)
        }
    }

    @Test(arguments: TestDB.enabled)
    func onlyTheOwnerReplacesAGoal(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let goal = try await w.goal("Learn SQL joins", owner: w.mentee, milestones: "Read a chapter")
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            let url = "\(w.apiBase)/goals/\(goal.id!)"
            let target = Fixtures.isoDay(offset: 30, timeZone: "Europe/London")
            let replacement = try APIBody.json(["title": "Write three SQL reports", "status": "on_track", "target_date": target,
                                                "milestones": ["First report"]])
            // act
            let byPartner = try await mentor.rawJSON(.PUT, url, body: replacement)
            let invalid = try await mentee.rawJSON(.PUT, url, body: try APIBody.json(["title": "   ", "target_date": "soon"]))
            let byOwner = try await mentee.rawJSON(.PUT, url, body: replacement)
            let invalidCreate = try await mentee.rawJSON(.POST, "\(w.apiBase)/goals", body: try APIBody.json(["description": "No title"]))
            // assert
            #expect(byPartner.status == .forbidden)
            #expect(byPartner.errorCode == "goal.not_owner")
            #expect(try byPartner.json(ErrorBody.self).error.fields == nil)
            #expect(invalid.status == .unprocessableEntity)
            #expect(Set(invalid.errorFields) == ["title", "target_date"])
            #expect(invalidCreate.status == .unprocessableEntity)
            #expect(invalidCreate.errorFields == ["title"])
            #expect(byOwner.status == .ok)
            let body = try byOwner.json(GoalsAPI.GoalResponse.self)
            #expect(body.title == "Write three SQL reports")
            #expect(body.status == "on_track")
            #expect(body.targetDate == target)
            #expect(body.milestones.map(\.title) == ["First report"])
            #expect(body.smart.finding(for: .timeBound)?.met == true)
            let saved = try #require(try await Goal.find(goal.id, on: app.db))
            #expect(saved.title == "Write three SQL reports")
            #expect(saved.status == .onTrack)
            #expect(try await Goal.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func smartCheckAdvisesAndSavesNothing(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let outsider = try await fixtures.user(in: try await fixtures.organisation("Globex"), name: "Olga Outsider")
            let outsiderClient = try await fixtures.client(signedInAs: outsider)
            // act
            let plain = try await mentee.rawJSON(.POST, "/api/v1/smart-check", body: try APIBody.json(["title": "Write more unit tests"]))
            let inRelationship = try await mentee.rawJSON(.POST, "/api/v1/smart-check", body: try APIBody.json(
                ["title": "Write more unit tests", "relationship_id": w.relationshipID.uuidString]))
            let untitled = try await mentee.rawJSON(.POST, "/api/v1/smart-check", body: try APIBody.json(["measure": "Ten tests"]))
            let foreign = try await outsiderClient.rawJSON(.POST, "/api/v1/smart-check", body: try APIBody.json(
                ["title": "Write more unit tests", "relationship_id": w.relationshipID.uuidString]))
            // assert
            #expect(plain.status == .ok)
            #expect(inRelationship.status == .ok)
            let general = try plain.json(SmartReport.self)
            let specific = try inRelationship.json(SmartReport.self)
            for report in [general, specific] {
                #expect(report.findings.map(\.criterion) == [.specific, .measurable, .achievable, .relevant, .timeBound])
                #expect(report.finding(for: .timeBound)?.hint == "Add a target date.")
            }
            // The relationship's focus areas (the mentor offers Swift and SQL) shape the relevance hint.
            let generalHint = try #require(general.finding(for: .relevant)?.hint)
            let specificHint = try #require(specific.finding(for: .relevant)?.hint)
            #expect(!generalHint.contains("for example"))
            #expect(specificHint.contains("(for example: Swift, SQL)"))
            #expect(untitled.status == .unprocessableEntity)
            #expect(untitled.errorFields == ["title"])
            #expect(foreign.status == .notFound)
            #expect(try await Goal.query(on: app.db).count() == 0)
            #expect(try await GoalMilestone.query(on: app.db).count() == 0)
        }
    }
}
