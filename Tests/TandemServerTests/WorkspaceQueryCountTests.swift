import Fluent
import Foundation
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// The relationship page costs the same number of queries for 3 of everything as for 30.
@Suite("Workspace query counts")
struct WorkspaceQueryCountTests {
    /// `n` goals (with milestones and updates), held check-ins (with notes, goals and actions),
    /// scheduled meetings, messages each way and feedback each way.
    static func seed(_ w: WorkspaceScene, rows n: Int) async throws {
        let db = w.app.db
        let orgID = w.mentor.organisationID
        for i in 0..<n {
            let owner = i % 2 == 0 ? w.mentor : w.mentee
            let partner = i % 2 == 0 ? w.mentee : w.mentor
            let goal = try await w.goal("Goal \(i)", owner: owner, milestones: "Step one\nStep two")
            try await GoalUpdate(organisationID: orgID, relationshipID: w.relationshipID, goalID: goal.id!, authorID: owner.id!,
                                 body: "Progress \(i)", status: .onTrack).create(on: db)
            let held = try await w.meeting(by: owner, days: -Double(i + 1), status: .held, sharedNotes: "Notes \(i)")
            try await MeetingPrivateNote(organisationID: orgID, relationshipID: w.relationshipID, meetingID: held.id!,
                                         authorID: w.mentor.id!, body: "Private \(i)").create(on: db)
            try await MeetingGoal(organisationID: orgID, relationshipID: w.relationshipID, meetingID: held.id!, goalID: goal.id!).create(on: db)
            try await ActionItem(organisationID: orgID, relationshipID: w.relationshipID, meetingID: held.id!, ownerID: owner.id!,
                                 title: "Action \(i)", dueOn: nil).create(on: db)
            try await w.meeting(by: owner, days: Double(i + 1))
            try await w.message("Message \(i)", from: owner, at: Date().addingTimeInterval(-Double(n - i) * 60))
            try await Feedback(organisationID: orgID, relationshipID: w.relationshipID, meetingID: held.id, from: owner.id!,
                               to: partner.id!, wentWell: "Well \(i)", couldBeBetter: "Better \(i)").create(on: db)
        }
    }

    static func count(_ db: TestDB, rows: Int) async throws -> Int {
        var result = -1
        try await withApp(db, settings: { $0.recordQueryCounts = true }) { app in
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            _ = try await SurveyFixtures.survey(w, anonymous: true)
            try await seed(w, rows: rows)
            let browser = try await fixtures.client(signedInAs: w.mentor)
            let response = try await browser.get(w.base)
            #expect(response.status == .ok)
            #expect(response.body.string.contains("Goal \(rows - 1)"))
            result = QueryCountTests.count(response)
        }
        return result
    }

    @Test(arguments: TestDB.enabled)
    func theRelationshipPageUsesAFixedNumberOfQueries(db: TestDB) async throws {
        // arrange, act
        let few = try await Self.count(db, rows: 3)
        let many = try await Self.count(db, rows: 30)
        // assert
        #expect(few > 0)
        #expect(few == many, "3 rows cost \(few) queries, 30 rows cost \(many)")
        // Bounded lists cost a query each: upcoming and held meetings, open and done actions; the
        // agreement's first step or summary costs two (its latest version, and who confirmed it).
        #expect(few <= 23, "the relationship page used \(few) Fluent queries")
    }
}
