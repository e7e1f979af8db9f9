import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemServer

/// Both members closing at the same moment archive the relationship once and give each seat back once.
@Suite("Closing under concurrency")
struct ClosingRaceTests {
    @Test(arguments: TestDB.enabled)
    func bothMembersClosingAtOnceReleaseEachSeatOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: one mentor with four mentees (four pairs), so a double release would show
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let programme = try await fixtures.programme(in: org, capacity: 5)
            let mentor = try await fixtures.user(in: org, name: "Maria Mentor", mentorCapacity: 5)
            try await fixtures.enrol(mentor, in: programme, as: .mentor)
            var pairs: [(mentee: User, relationshipID: UUID)] = []
            for i in 0..<4 {
                let mentee = try await fixtures.user(in: org, name: "Mentee \(i)")
                try await fixtures.enrol(mentee, in: programme, as: .mentee)
                pairs.append((mentee, try await fixtures.match(mentee, with: mentor, in: programme)))
            }
            let mentorBrowser = try await fixtures.client(signedInAs: mentor)
            var menteeBrowsers: [TestClient] = []
            for pair in pairs.prefix(3) { menteeBrowsers.append(try await fixtures.client(signedInAs: pair.mentee)) }
            let mentorToken = try await mentorBrowser.csrfToken()
            var menteeTokens: [String] = []
            for browser in menteeBrowsers { menteeTokens.append(try await browser.csrfToken()) }
            #expect(try await fixtures.enrolment(of: mentor, in: programme, as: .mentor)?.seatsUsed == 4)
            #expect(try await fixtures.profile(of: mentor).mentorSeatsUsed == 4)

            // act: in three pairs, mentor and mentee close at the same moment
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for (index, pair) in pairs.prefix(3).enumerated() {
                    let path = "/relationships/\(pair.relationshipID)/close"
                    group.addTask { try await mentorBrowser.post(path, form: ["learned": "Patience"], csrf: mentorToken).status }
                    let browser = menteeBrowsers[index], token = menteeTokens[index]
                    group.addTask { try await browser.post(path, form: ["learned": "SQL"], csrf: token).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            // assert: every close was answered kindly, each relationship closed once, seats down by three
            #expect(statuses.count == 6)
            #expect(statuses.allSatisfy { $0 == .seeOther }, "\(statuses)")
            for pair in pairs.prefix(3) {
                #expect(try await Relationship.find(pair.relationshipID, on: app.db)?.status == .closed)
                #expect(try await Reflection.query(on: app.db).filter(\.$relationshipID == pair.relationshipID).count() == 2)
            }
            #expect(try await Relationship.find(pairs[3].relationshipID, on: app.db)?.status == .active)
            #expect(try await fixtures.auditCount("relationship.closed") == 3)
            #expect(try await fixtures.enrolment(of: mentor, in: programme, as: .mentor)?.seatsUsed == 1)
            #expect(try await fixtures.profile(of: mentor).mentorSeatsUsed == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theSecondCloserThroughTheAPIGetsTheArchivedRelationship(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act: both close, one after the other; the second finds it already closed
            let first = try await mentor.api(.POST, "\(w.apiBase)/close", json: ["learned": "Patience"])
            let second = try await mentee.api(.POST, "\(w.apiBase)/close", json: ["learned": "SQL"])
            // assert
            #expect(first.status == .ok)
            #expect(second.status == .ok)
            #expect(try second.json(RelationshipsAPI.RelationshipResponse.self).status == "closed")
            #expect(try await fixtures.auditCount("relationship.closed") == 1)
            #expect(try await fixtures.profile(of: w.mentor).mentorSeatsUsed == 0)
            #expect(try await fixtures.enrolment(of: w.mentor, in: w.scene.programme, as: .mentor)?.seatsUsed == 0)
        }
    }
}
