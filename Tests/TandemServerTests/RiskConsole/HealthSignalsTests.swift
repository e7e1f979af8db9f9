import Fluent
import Foundation
import SQLKit
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

/// The new health signals read from the database on both drivers: one side much less active, and
/// falling pulse scores (surveys that are not anonymous only). The pair's own API and the admin
/// console agree, because both go through the one Core rule.
@Suite("Health signals from the database")
struct HealthSignalsTests {
    /// A pulse survey with one 1–5 rating question about the relationship, answered by each of `answers`.
    static func pulse(_ risk: RiskScene, relationshipID: UUID, anonymous: Bool, answeredAt: Date,
                      answers: [(User, SurveyRespondentRole, Int)]) async throws {
        let db = risk.app.db
        let orgID = try risk.scene.org.requireID()
        let survey = Survey()
        survey.organisationID = orgID
        survey.programmeID = risk.programmeID
        survey.title = "Pulse"
        survey.intro = ""
        survey.trigger = .pulse
        survey.pulseAfter = 1
        survey.anonymous = anonymous
        survey.createdBy = try risk.scene.admin.requireID()
        try await survey.create(on: db)
        let question = SurveyQuestion(organisationID: orgID, surveyID: try survey.requireID(), position: 0,
                                      question: ValidSurveyQuestion(prompt: "How is it going?", kind: .rating, options: [],
                                                                    audience: .everyone, about: .relationship))
        try await question.create(on: db)
        for (user, role, score) in answers {
            let response = SurveyResponse(organisationID: orgID, surveyID: try survey.requireID(), relationshipID: relationshipID,
                                          userID: try user.requireID(), role: role)
            try await response.create(on: db)
            try await (db as! any SQLDatabase).raw("UPDATE survey_responses SET submitted_at = \(bind: answeredAt) WHERE id = \(bind: try response.requireID())").run()
            try await SurveyAnswer(organisationID: orgID, surveyID: try survey.requireID(), responseID: try response.requireID(),
                                   questionID: try question.requireID(), role: role, value: .rating(score)).create(on: db)
        }
    }

    static func reasonCodes(_ response: TestingHTTPResponse, _ id: UUID) throws -> [String] {
        let items = try #require(try response.jsonObject()["items"] as? [[String: Any]])
        let item = try #require(items.first { ($0["id"] as? String)?.lowercased() == id.uuidString.lowercased() })
        return (item["reasons"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
    }

    @Test(arguments: TestDB.enabled)
    func oneSideQuietIsAReasonAndTheWorkspaceAgrees(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: met 3 days ago (logged by the mentor, never confirmed); the mentor wrote
            // yesterday; the mentee has done nothing for 20 days
            let risk = try await RiskScene.make(Fixtures(app: app))
            let (rid, mentee) = try await risk.pair("Quinn Quiet", startedDaysAgo: 30)
            try await risk.checkIn(rid, daysAgo: 3, by: risk.scene.mentor)
            try await Message(organisationID: mentee.organisationID, relationshipID: rid, authorID: risk.scene.mentorID, body: "Hello?",
                              at: Date().addingTimeInterval(-86_400)).create(on: app.db)
            try await Message(organisationID: mentee.organisationID, relationshipID: rid, authorID: try mentee.requireID(), body: "Hi",
                              at: Date().addingTimeInterval(-20 * 86_400)).create(on: app.db)
            let admin = try await risk.admin()
            let mentor = try await risk.fixtures.client(signedInAs: risk.scene.mentor)
            // act
            let console = try await admin.api(.GET, risk.consoleAPI)
            let own = try await mentor.api(.GET, "/api/v1/relationships/\(rid)")
            let page = try await admin.get(risk.consolePath).body.string
            // assert
            #expect(try Self.reasonCodes(console, rid) == ["one_side_quiet"])
            #expect(try own.jsonObject()["health"] as? String == "at_risk")
            #expect(page.contains("In the last 14 days, the mentee did nothing while the other side was active."))
        }
    }

    @Test(arguments: TestDB.enabled)
    func fallingPulseScoresCountOnlyWhenTheSurveyIsNotAnonymous(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: two pairs that met and talked this week; both answered two pulse surveys,
            // 5 then 3; for the second pair the surveys are anonymous
            let risk = try await RiskScene.make(Fixtures(app: app))
            let mentor = risk.scene.mentor
            var ids: [UUID] = []
            for (name, anonymous) in [("Pat Named", false), ("Ann Onymous", true)] {
                let (rid, mentee) = try await risk.pair(name, startedDaysAgo: 30)
                try await risk.checkIn(rid, daysAgo: 2, by: mentor, confirmedBy: mentee)
                try await Self.pulse(risk, relationshipID: rid, anonymous: anonymous, answeredAt: Date().addingTimeInterval(-20 * 86_400),
                                     answers: [(mentor, .mentor, 5), (mentee, .mentee, 5)])
                try await Self.pulse(risk, relationshipID: rid, anonymous: anonymous, answeredAt: Date().addingTimeInterval(-5 * 86_400),
                                     answers: [(mentor, .mentor, 4), (mentee, .mentee, 2)])
                ids.append(rid)
            }
            let admin = try await risk.admin()
            // act
            let console = try await admin.api(.GET, risk.consoleAPI)
            // assert
            #expect(try Self.reasonCodes(console, ids[0]) == ["pulse_falling"])
            #expect(try Self.reasonCodes(console, ids[1]).isEmpty)
        }
    }
}
