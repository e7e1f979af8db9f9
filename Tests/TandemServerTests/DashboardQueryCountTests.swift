import Fluent
import Foundation
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// The dashboard and the relationships API sum meetings in the database: their cost does not
/// grow with a pair's history, and they load no meeting rows.
@Suite("Dashboard query counts")
struct DashboardQueryCountTests {
    struct Cost: Equatable {
        let queries: Int
        let schemas: [String]
    }

    /// Costs by path for a relationship with `n` held check-ins and `n` scheduled meetings.
    static func costs(_ db: TestDB, meetings n: Int) async throws -> [String: Cost] {
        var result: [String: Cost] = [:]
        try await withApp(db, settings: { $0.recordQueryCounts = true }) { app in
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            for i in 0..<n {
                try await w.meeting(by: w.mentor, days: -Double(i) * 0.05 - 0.1, status: .held)
                try await w.meeting(by: w.mentor, days: Double(i + 1))
            }
            let browser = try await fixtures.client(signedInAs: w.mentor)
            for path in ["/", "/api/v1/relationships", "/api/v1/relationships/\(w.relationshipID)"] {
                let response = try await browser.get(path)
                #expect(response.status == .ok, "\(path)")
                let schemas = (response.headers.first(name: QueryCountMiddleware.schemasHeader) ?? "").split(separator: ",").map(String.init)
                result[path.replacingOccurrences(of: w.relationshipID.uuidString, with: "R")] =
                    Cost(queries: QueryCountTests.count(response), schemas: schemas)
            }
        }
        return result
    }

    @Test(arguments: TestDB.enabled)
    func healthCostsTheSameFor3And30Meetings(db: TestDB) async throws {
        // arrange, act
        let few = try await Self.costs(db, meetings: 3)
        let many = try await Self.costs(db, meetings: 30)
        // assert
        #expect(few.count == 3)
        #expect(few == many)
        for (path, cost) in few {
            #expect(cost.queries > 0, "\(path)")
            #expect(!cost.schemas.contains(Meeting.schema), "\(path) loaded meeting rows")
        }
    }

    @Test(arguments: TestDB.enabled)
    func healthFromSummedMeetingsFollowsTheCoreRule(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: two relationships matched 20 days ago; only the second has met (yesterday)
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let otherMentee = try await fixtures.user(in: w.scene.org, name: "Second Mentee")
            try await fixtures.enrol(otherMentee, in: w.scene.programme, as: .mentee)
            let profile = try await fixtures.profile(of: w.mentor)
            profile.mentorCapacity = 5
            try await profile.save(on: app.db)
            let secondID = try await fixtures.match(otherMentee, with: w.mentor, in: w.scene.programme)
            try await Relationship.query(on: app.db).filter(\.$id ~~ [w.relationshipID, secondID])
                .set(\.$startedAt, to: Date().addingTimeInterval(-20 * 86_400)).update()
            let second = WorkspaceScene(fixtures: fixtures, scene: w.scene, relationshipID: secondID)
            try await second.meeting(by: w.mentor, days: -1, status: .held)
            try await second.meeting(by: w.mentor, days: 3)
            // The mentee answered too: a side that did nothing while the other acted is at risk.
            try await second.message("See you on Thursday", from: otherMentee)
            let browser = try await fixtures.client(signedInAs: w.mentor)
            // act
            let list = try await browser.get("/api/v1/relationships")
            let dashboard = try await browser.get("/").body.string
            // assert
            let items = try #require(try list.jsonObject()["items"] as? [[String: Any]])
            let health = Dictionary(uniqueKeysWithValues: items.compactMap { item in
                (item["id"] as? String).map { ($0.lowercased(), item["health"] as? String ?? "") }
            })
            #expect(health[w.relationshipID.uuidString.lowercased()] == RelationshipHealth.atRisk.rawValue)
            #expect(health[secondID.uuidString.lowercased()] == RelationshipHealth.healthy.rawValue)
            #expect(dashboard.contains(RelationshipHealth.atRisk.label))
            #expect(dashboard.contains(RelationshipHealth.healthy.label))
        }
    }
}
