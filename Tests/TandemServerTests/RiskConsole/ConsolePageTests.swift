import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

/// The programme admins' relationships page: every active pair with its health and reasons,
/// filtered, a page at a time; for admins of the organisation only.
@Suite("Admin relationships page")
struct ConsolePageTests {
    @Test(arguments: TestDB.enabled)
    func listsPairsWithHealthReasonsAndFilters(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let risk = try await RiskScene.make(Fixtures(app: app))
            try await risk.pair("Hana Healthy", startedDaysAgo: 3)
            try await risk.pair("Rita Risky", startedDaysAgo: 20)
            try await risk.pair("Stan Stalled", startedDaysAgo: 40)
            let admin = try await risk.admin()
            // act
            let all = try await admin.get(risk.consolePath)
            let atRisk = try await admin.get("\(risk.consolePath)?health=at_risk").body.string
            let stalled = try await admin.get("\(risk.consolePath)?health=stalled").body.string
            let attention = try await admin.get("\(risk.consolePath)?health=needs_attention").body.string
            let programmePage = try await admin.get("/programmes/\(risk.programmeID)").body.string
            // assert
            #expect(all.status == .ok)
            let page = all.body.string
            #expect(page.contains("Hana Healthy (mentee)") && page.contains("Rita Risky (mentee)") && page.contains("Stan Stalled (mentee)"))
            #expect(page.contains("No first meeting within 14 days of the match."))
            #expect(page.contains("The next check-in is overdue."))
            #expect(page.contains("<td class=\"agreement\">No agreement yet</td>"))
            #expect(atRisk.contains("Rita Risky") && !atRisk.contains("Hana Healthy") && !atRisk.contains("Stan Stalled"))
            #expect(stalled.contains("Stan Stalled") && !stalled.contains("Rita Risky"))
            #expect(stalled.contains("more than twice the 14-day cadence"))
            #expect(attention.contains("Rita Risky") && attention.contains("Stan Stalled") && !attention.contains("Hana Healthy"))
            #expect(programmePage.contains("href=\"/programmes/\(risk.programmeID)/relationships\""))
        }
    }

    @Test(arguments: TestDB.enabled)
    func pagesThroughTheProgrammeAndRefusesAForgedCursor(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: 23 at-risk pairs and 2 healthy ones (the newest)
            let risk = try await RiskScene.make(Fixtures(app: app))
            for i in 0..<23 { try await risk.pair("Risky \(i)", startedDaysAgo: 15 + Double(i) * 0.5) }
            for i in 0..<2 { try await risk.pair("Fine \(i)", startedDaysAgo: 1 + Double(i)) }
            let admin = try await risk.admin()
            // act
            let first = try await admin.get("\(risk.consolePath)?health=at_risk").body.string
            let nextPath = try #require(TestClient.firstMatch(in: first, pattern: ##"href="([^"]+)" rel="next""##))
                .replacingOccurrences(of: "&amp;", with: "&")
            let second = try await admin.get(nextPath).body.string
            let forged = try await admin.get("\(risk.consolePath)?after=bm90LWEtY3Vyc29y")
            // assert: 20 then 3, no pair twice, never the healthy ones
            #expect(first.occurrences(of: "class=\"console-row") == ConsoleQueries.pageSize)
            #expect(second.occurrences(of: "class=\"console-row") == 3)
            #expect(first.contains("Risky 0 (mentee)") && first.contains("Risky 19 (mentee)") && !first.contains("Risky 20 (mentee)"))
            #expect(second.contains("Risky 22 (mentee)") && !second.contains("Risky 19 (mentee)"))
            #expect(!first.contains("Fine 0") && !second.contains("Fine 1"))
            #expect(!second.contains("rel=\"next\""))
            #expect(forged.status == .badRequest)
        }
    }

    @Test(arguments: TestDB.enabled)
    func anotherOrganisationGets404AndAParticipant403(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let risk = try await RiskScene.make(fixtures)
            let (rid, _) = try await risk.pair("Rita Risky", startedDaysAgo: 20)
            let otherOrg = try await fixtures.organisation("Elsewhere")
            let stranger = try await fixtures.client(signedInAs: try await fixtures.user(in: otherOrg, name: "Olga Admin", role: .admin))
            let participant = try await fixtures.client(signedInAs: risk.scene.mentee)
            let detail = "\(risk.consolePath)/\(rid)"
            // act, assert
            for path in [risk.consolePath, detail, "\(detail)/rematch"] {
                #expect(try await stranger.get(path).status == .notFound, "\(path)")
                #expect(try await participant.get(path).status == .forbidden, "\(path)")
            }
            #expect(try await stranger.api(.GET, risk.consoleAPI).status == .notFound)
            #expect(try await participant.api(.GET, risk.consoleAPI).status == .forbidden)
            #expect(try await stranger.api(.POST, "/api/v1/relationships/\(rid)/rematch", json: ["reason": "x"]).status == .notFound)
            #expect(try await participant.api(.POST, "/api/v1/relationships/\(rid)/rematch", json: ["reason": "x"]).status == .forbidden)
            let admin = try await risk.admin()
            #expect(try await admin.get("\(risk.consolePath)/\(UUID())").status == .notFound)
            #expect(try await Relationship.find(rid, on: app.db)?.status == .active)
        }
    }

    @Test(arguments: TestDB.enabled)
    func adminsNeverSeeNotesMessagesOrFeedbackText(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a pair with shared notes, a private note, a message and feedback
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let held = try await w.meeting(by: w.mentor, days: -1, status: .held, agenda: "SECRET-AGENDA", sharedNotes: "SECRET-SHARED")
            try await MeetingPrivateNote(organisationID: w.scene.org.id!, relationshipID: w.relationshipID, meetingID: held.id!,
                                         authorID: w.mentor.id!, body: "SECRET-PRIVATE").create(on: app.db)
            try await w.message("SECRET-MESSAGE", from: w.mentee)
            try await Feedback(organisationID: w.scene.org.id!, relationshipID: w.relationshipID, meetingID: held.id,
                               from: w.mentee.id!, to: w.mentor.id!, wentWell: "SECRET-WELL", couldBeBetter: "SECRET-BETTER").create(on: app.db)
            let admin = try await fixtures.client(signedInAs: w.admin)
            let base = "/programmes/\(w.scene.programmeID)/relationships"
            // act
            let bodies = [try await admin.get(base).body.string, try await admin.get("\(base)/\(w.relationshipID)").body.string,
                          try await admin.api(.GET, "/api/v1\(base)").body.string]
            // assert
            for body in bodies {
                #expect(body.contains("Tom Mentee"))
                #expect(!body.contains("SECRET"))
            }
        }
    }
}
