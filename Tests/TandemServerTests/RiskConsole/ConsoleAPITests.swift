import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Admin relationships API")
struct ConsoleAPITests {
    @Test(arguments: TestDB.enabled)
    func answersHealthWithCodedReasonsAndPages(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: an at-risk pair with one confirmed hour, a stalled one, a healthy one
            let risk = try await RiskScene.make(Fixtures(app: app))
            let (riskyID, rita) = try await risk.pair("Rita Risky", startedDaysAgo: 25)
            try await risk.checkIn(riskyID, daysAgo: 24, by: risk.scene.mentor, confirmedBy: rita)
            try await risk.pair("Stan Stalled", startedDaysAgo: 40)
            try await risk.pair("Hana Healthy", startedDaysAgo: 2)
            let admin = try await risk.admin()
            // act
            let all = try await admin.api(.GET, risk.consoleAPI)
            let atRisk = try await admin.api(.GET, "\(risk.consoleAPI)?health=at_risk")
            let bogus = try await admin.api(.GET, "\(risk.consoleAPI)?health=fine")
            let forged = try await admin.api(.GET, "\(risk.consoleAPI)?after=nan")
            // assert
            #expect(all.status == .ok)
            let items = try #require(try all.jsonObject()["items"] as? [[String: Any]])
            #expect(items.count == 3)
            #expect(items.map { $0["health"] as? String } == ["healthy", "at_risk", "stalled"])
            let item = try #require(items.first { ($0["id"] as? String)?.lowercased() == riskyID.uuidString.lowercased() })
            let reasons = try #require(item["reasons"] as? [[String: Any]])
            #expect(reasons.compactMap { $0["code"] as? String } == ["check_in_overdue"])
            #expect(reasons.first?["message"] as? String == "The next check-in is overdue.")
            #expect(item["confirmed_minutes"] as? Int == 60)
            #expect(item["agreement"] as? String == "none")
            #expect(item["kind"] as? String == "pair")
            #expect(item["last_check_in_at"] is String && item["next_check_in_due"] is String)
            #expect((item["members"] as? [[String: Any]])?.compactMap { $0["role"] as? String } == ["mentor", "mentee"])
            let filtered = try #require(try atRisk.jsonObject()["items"] as? [[String: Any]])
            #expect(filtered.count == 1 && filtered.first?["health"] as? String == "at_risk")
            #expect(bogus.status == .unprocessableEntity)
            #expect(forged.status == .badRequest)
            #expect(try forged.jsonObject()["error"] != nil)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theFirstMeetingWindowIsAProgrammeSetting(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a pair matched 6 days ago that has not met, monthly cadence
            let risk = try await RiskScene.make(Fixtures(app: app))
            let (rid, _) = try await risk.pair("Nina New", startedDaysAgo: 6)
            try await Relationship.query(on: app.db).filter(\.$id == rid).set(\.$cadence, to: .monthly).update()
            let admin = try await risk.admin()
            let programme = risk.scene.programme
            let body: [String: String] = ["name": programme.name, "type": programme.type.rawValue, "mode": programme.mode.rawValue,
                                          "default_capacity": "2"]
            // act
            let before = try await admin.api(.GET, risk.consoleAPI)
            let tooSmall = try await admin.api(.PUT, "/api/v1/programmes/\(risk.programmeID)", json: body.merging(["first_meeting_days": "0"]) { $1 })
            let saved = try await admin.api(.PUT, "/api/v1/programmes/\(risk.programmeID)", json: body.merging(["first_meeting_days": "5"]) { $1 })
            let after = try await admin.api(.GET, risk.consoleAPI)
            let form = try await admin.get("/programmes/\(risk.programmeID)/edit").body.string
            // assert
            let beforeItems = try #require(try before.jsonObject()["items"] as? [[String: Any]])
            #expect(beforeItems.first?["health"] as? String == "healthy")
            #expect(tooSmall.status == .unprocessableEntity && tooSmall.body.string.contains("first_meeting_days"))
            #expect(try saved.status == .ok && saved.jsonObject()["first_meeting_days"] as? Int == 5)
            let afterItems = try #require(try after.jsonObject()["items"] as? [[String: Any]])
            let first = try #require(afterItems.first)
            #expect(first["health"] as? String == "at_risk")
            #expect((first["reasons"] as? [[String: Any]])?.first?["message"] as? String == "No first meeting within 5 days of the match.")
            #expect(form.contains("name=\"first_meeting_days\"") && form.contains("value=\"5\""))
        }
    }
}
