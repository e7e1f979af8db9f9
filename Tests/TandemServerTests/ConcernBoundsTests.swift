import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

/// The admins' concern list is paged with open concerns first, and nobody can flood it.
@Suite("Concern bounds")
struct ConcernBoundsTests {
    @Test(arguments: TestDB.enabled)
    func aSixthOpenConcernIsRefusedUntilOneIsResolved(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: the mentee already has five open concerns
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            for i in 0..<5 {
                let raised = try await mentee.post("\(w.base)/concerns", form: ["concern": "Concern number \(i)"])
                #expect(raised.status == .seeOther)
            }
            // act
            let sixth = try await mentee.post("\(w.base)/concerns", form: ["concern": "One concern too many"])
            let first = try #require(try await Concern.query(on: app.db).sort(\.$createdAt).first())
            first.resolvedAt = Date()
            try await first.save(on: app.db)
            let afterResolving = try await mentee.post("\(w.base)/concerns", form: ["concern": "Now there is room"])
            // assert
            #expect(sixth.status == .unprocessableEntity)
            #expect(sixth.body.string.contains("You already have 5 open concerns"))
            #expect(sixth.body.string.contains("One concern too many"), "the form keeps what was typed")
            #expect(afterResolving.status == .seeOther)
            #expect(try await Concern.query(on: app.db).count() == 6)
            #expect(try await Concern.query(on: app.db).filter(\.$body == "One concern too many").count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theAdminListShowsOpenConcernsFirstAPageAtATime(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: 27 open concerns and 2 resolved ones, written straight in the database
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            for i in 0..<29 {
                let concern = Concern(organisationID: w.mentee.organisationID, relationshipID: w.relationshipID,
                                      raisedBy: w.mentee.id!, body: "Stored concern \(i).")
                try await concern.create(on: app.db)
                if i < 2 {
                    concern.resolvedAt = Date()
                    try await concern.save(on: app.db)
                }
            }
            let admin = try await fixtures.client(signedInAs: w.admin)
            // act
            let first = try await admin.get("/admin/concerns").body.string
            let olderPath = try #require(TestClient.firstMatch(in: first, pattern: #"href="(/admin/concerns\?open=[^"]+)" rel="next""#))
            let older = try await admin.get(olderPath).body.string
            // assert: 25 newest open concerns, then the last two, each concern once
            let firstOpen = first.components(separatedBy: "<h2>Resolved</h2>")[0]
            #expect(firstOpen.components(separatedBy: "Mark resolved").count - 1 == ConcernQueries.pageSize)
            #expect(firstOpen.contains("Stored concern 28.") && firstOpen.contains("Stored concern 4."))
            #expect(!firstOpen.contains("Stored concern 3."))
            #expect(first.contains("Stored concern 0.") && first.contains("Stored concern 1."), "resolved ones come after")
            #expect(first.range(of: "Stored concern 28.")!.lowerBound < first.range(of: "Stored concern 0.")!.lowerBound)
            let olderOpen = older.components(separatedBy: "<h2>Resolved</h2>")[0]
            #expect(olderOpen.components(separatedBy: "Mark resolved").count - 1 == 2)
            #expect(olderOpen.contains("Stored concern 3.") && olderOpen.contains("Stored concern 2."))
            #expect(!older.contains("Show older open concerns"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func aForgedCursorIsABadRequestNeverA500(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            try await Concern(organisationID: w.mentee.organisationID, relationshipID: w.relationshipID,
                              raisedBy: w.mentee.id!, body: "The only concern").create(on: app.db)
            let admin = try await fixtures.client(signedInAs: w.admin)
            for key in ["nan", "inf", "-inf", "1e308", "junk"] {
                let cursor = KeysetCursor(sortKey: key, id: UUID()).encoded
                // act
                let open = try await admin.get("/admin/concerns?open=\(cursor)")
                let resolved = try await admin.get("/admin/concerns?resolved=\(cursor)")
                // assert
                #expect(open.status == .badRequest, "\(key)")
                #expect(!open.body.string.contains("The only concern"))
                #expect(resolved.status == .badRequest, "\(key)")
            }
            #expect(try await admin.get("/admin/concerns?open=%%%").status.code < 500)
        }
    }
}
