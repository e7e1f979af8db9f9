import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Communication plan: API and query counts")
struct PlanAPITests {
    struct Plan: Decodable {
        struct Message: Decodable { let id: UUID; let enabled: Bool; let state: String; let subject: String; let people_reached: Int }
        let messages: [Message]
    }

    @Test(arguments: TestDB.enabled)
    func readAndPatchThePlan(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await PlanScene.make(Fixtures(app: app))
            let message = try await s.message(.matched, to: .everyone)
            try await PlanRunRecorder.record(messageID: message.id!, occurrence: .relationship(s.metPair), state: .sent,
                                             recipients: 2, at: PlanScene.matchedAt, on: app.db)
            let browser = try await s.fixtures.client(signedInAs: s.admin)
            let path = "/api/v1/programmes/\(s.programmeID)/plan"
            // act
            let plan = try await browser.api(.GET, path).json(Plan.self)
            let patched = try await browser.api(.PATCH, "\(path)/messages/\(message.id!)", json: ["enabled": false])
            let invalid = try await browser.api(.PATCH, "\(path)/messages/\(message.id!)", json: ["body": "Hi {{nick}}"])
            // assert
            #expect(plan.messages.map(\.state) == ["per_pair"])
            #expect(plan.messages.first?.people_reached == 2)
            #expect(patched.status == .ok)
            #expect(try patched.json(Plan.Message.self).enabled == false)
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.errorCode == "validation.failed")
            #expect(invalid.body.string.contains("\"field\":\"body\""))
            #expect(try #require(try await PlanMessage.find(message.id, on: app.db)).body.contains("{{partner}}"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func participantsGetForbiddenFromTheAPI(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await PlanScene.make(Fixtures(app: app))
            let browser = try await s.fixtures.client(signedInAs: s.cy)
            // act
            let response = try await browser.api(.GET, "/api/v1/programmes/\(s.programmeID)/plan")
            // assert
            #expect(response.status == .forbidden)
            #expect(response.errorCode == "auth.forbidden")
        }
    }

    /// The plan page and the programme page cost the same for 3 pairs with runs and for 30.
    @Test(arguments: TestDB.enabled)
    func planPagesCostTheSameFor3And30Pairs(db: TestDB) async throws {
        func costs(pairs n: Int) async throws -> [Int] {
            var result: [Int] = []
            try await withApp(db, settings: { $0.recordQueryCounts = true }) { app in
                let s = try await PlanScene.make(Fixtures(app: app))
                let onMatch = try await s.message(.matched, to: .everyone)
                try await s.message(.midpoint, to: .everyone)
                for i in 0..<n {
                    let mentor = try await s.fixtures.user(in: s.org, name: "Mentor \(i)")
                    let mentee = try await s.fixtures.user(in: s.org, name: "Mentee \(i)")
                    let pair = try await PlanScene.pair(mentor, mentee, in: s.programme, on: app.db)
                    try await PlanRunRecorder.record(messageID: onMatch.id!, occurrence: .relationship(pair), state: .sent,
                                                     recipients: 2, at: PlanScene.matchedAt, on: app.db)
                }
                let browser = try await s.fixtures.client(signedInAs: s.admin)
                for path in ["/programmes/\(s.programmeID)/plan", "/programmes/\(s.programmeID)",
                             "/programmes/\(s.programmeID)/plan/messages/\(onMatch.id!)/preview?person=\(s.cy.id!)"] {
                    let response = try await browser.get(path)
                    #expect(response.status == .ok, "\(path)")
                    result.append(QueryCountTests.count(response))
                }
            }
            return result
        }
        // act
        let few = try await costs(pairs: 3)
        let many = try await costs(pairs: 30)
        // assert
        #expect(few == many)
        #expect(few.allSatisfy { $0 > 0 })
    }
}
