import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

/// The escalation ladder in the sweep: a nudge to the pair, an alert to the admins one cadence
/// period later, back to the start when healthy; each step once, even with two sweeps at once.
@Suite("Escalating pairs at risk")
struct EscalationTests {
    static func twoSweeps(at now: Date, _ app: Application) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<2 { group.addTask { try await RiskEscalation.run(now: now, settings: app.settings, on: app.db) } }
            try await group.waitForAll()
        }
    }

    static func events(_ rid: UUID, _ app: Application) async throws -> [RelationshipEventKind] {
        try await RelationshipEvent.query(on: app.db).filter(\.$relationshipID == rid).sort(\.$createdAt).all().map(\.kind)
    }

    static func notifications(_ kind: NotificationKind, _ app: Application) async throws -> [AppNotification] {
        try await AppNotification.query(on: app.db).filter(\.$kind == kind).all()
    }

    @Test(arguments: TestDB.enabled)
    func eachStepHappensExactlyOnceWithTwoSweepsAtOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: an at-risk pair (20 days, never met) and a second admin
            let fixtures = Fixtures(app: app)
            let risk = try await RiskScene.make(fixtures)
            let abe = try await fixtures.user(in: risk.scene.org, name: "Abe Admin", role: .admin)
            let now = Date()
            let (rid, rita) = try await risk.pair("Rita Risky", startedDaysAgo: 20, now: now)
            let day: TimeInterval = 86_400
            // act 1: two sweeps at the same moment
            try await Self.twoSweeps(at: now, app)
            // assert: one nudge step, one nudge to each member, no alert yet
            #expect(try await Self.events(rid, app) == [.nudged])
            let nudges = try await Self.notifications(.nudgeRelationshipAtRisk, app)
            #expect(Set(nudges.map(\.userID)) == [try risk.scene.mentor.requireID(), try rita.requireID()] && nudges.count == 2)
            #expect(try await Self.notifications(.relationshipEscalated, app).isEmpty)

            // act 2: just under a cadence period later, then a full period later, two sweeps each time
            try await Self.twoSweeps(at: now.addingTimeInterval(13.9 * day), app)
            let tooEarly = try await Self.notifications(.relationshipEscalated, app).count
            try await Self.twoSweeps(at: now.addingTimeInterval(14 * day + 60), app)
            try await Self.twoSweeps(at: now.addingTimeInterval(15 * day), app)
            // assert: one alert step, to each admin once, suggesting what to do
            #expect(tooEarly == 0)
            #expect(try await Self.events(rid, app) == [.nudged, .escalated])
            let alerts = try await Self.notifications(.relationshipEscalated, app)
            #expect(Set(alerts.map(\.userID)) == [try risk.scene.admin.requireID(), try abe.requireID()] && alerts.count == 2)
            #expect(alerts.allSatisfy { $0.body.contains("re-match") && $0.link == "/programmes/\(risk.programmeID)/relationships/\(rid)" })
            #expect(try await Self.notifications(.nudgeRelationshipAtRisk, app).count == 2)

            // act 3: they meet, both confirm; the next sweep sees a healthy pair
            try await risk.checkIn(rid, daysAgo: -15.5, by: risk.scene.mentor, confirmedBy: rita, now: now)
            try await Self.twoSweeps(at: now.addingTimeInterval(16 * day), app)
            // assert: back on track once, the ladder cleared
            #expect(try await Self.events(rid, app) == [.nudged, .escalated, .recovered])
            let r = try #require(try await Relationship.find(rid, on: app.db))
            #expect(r.riskNudgedAt == nil && r.riskEscalatedAt == nil)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theAdminSeesTheAlertOnTheRelationshipsPageAndTimeline(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: nudged and escalated by two sweeps 14 days apart
            let risk = try await RiskScene.make(Fixtures(app: app))
            let now = Date()
            let (rid, _) = try await risk.pair("Rita Risky", startedDaysAgo: 16, now: now.addingTimeInterval(-14 * 86_400))
            try await RiskEscalation.run(now: now.addingTimeInterval(-14 * 86_400), settings: app.settings, on: app.db)
            try await RiskEscalation.run(now: now.addingTimeInterval(60), settings: app.settings, on: app.db)
            let admin = try await risk.admin()
            // act
            let list = try await admin.get(risk.consolePath).body.string
            let detail = try await admin.get("\(risk.consolePath)/\(rid)").body.string
            let api = try await admin.api(.GET, risk.consoleAPI)
            // assert
            #expect(list.contains("Admins alerted"))
            #expect(detail.contains("Members nudged") && detail.contains("Admins alerted") && detail.contains("Suggested: check in with the pair"))
            let items = try #require(try api.jsonObject()["items"] as? [[String: Any]])
            let item = try #require(items.first)
            #expect(item["escalated_at"] is String && item["nudged_at"] is String)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aMemberIsNudgedAtMostOnceInThreeDays(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: the same mentor in two at-risk pairs
            let risk = try await RiskScene.make(Fixtures(app: app))
            let now = Date()
            let (first, _) = try await risk.pair("Rita Risky", startedDaysAgo: 20, now: now)
            let (second, _) = try await risk.pair("Ravi Risky", startedDaysAgo: 21, now: now)
            // act
            try await RiskEscalation.run(now: now, settings: app.settings, on: app.db)
            // assert: both pairs on the ladder, but the mentor has one nudge, each mentee one
            let firstEvents = try await Self.events(first, app), secondEvents = try await Self.events(second, app)
            #expect(firstEvents == [.nudged] && secondEvents == [.nudged])
            let nudges = try await Self.notifications(.nudgeRelationshipAtRisk, app)
            #expect(nudges.count == 3)
            #expect(nudges.filter { $0.userID == risk.scene.mentorID }.count == 1)
        }
    }
}
