import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

/// An admin ends a relationship kindly so the mentee can be matched again: closed at once, the
/// seat freed exactly once, the reason on the timeline and in the audit log, the members told.
@Suite("Re-matching a relationship")
struct RematchTests {
    static func seats(_ scene: MentoringScene, _ fixtures: Fixtures) async throws -> (programme: Int?, personal: Int) {
        (try await fixtures.enrolment(of: scene.mentor, in: scene.programme, as: .mentor)?.seatsUsed,
         try await fixtures.profile(of: scene.mentor).mentorSeatsUsed)
    }

    @Test(arguments: TestDB.enabled)
    func anAdminRematchesFromTheConsole(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a matched pair holding one seat of each kind
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let admin = try await fixtures.client(signedInAs: w.admin)
            let path = "/programmes/\(w.scene.programmeID)/relationships/\(w.relationshipID)/rematch"
            let before = try await Self.seats(w.scene, fixtures)
            // act
            let confirm = try await admin.get(path)
            let blank = try await admin.post(path, form: ["reason": " "])
            let done = try await admin.post(path, form: ["reason": "They never found a time to meet."])
            let detail = try await admin.get("/programmes/\(w.scene.programmeID)/relationships/\(w.relationshipID)").body.string
            // assert
            #expect(before.programme == 1 && before.personal == 1)
            #expect(confirm.status == .ok && confirm.body.string.contains("Tom Mentee (mentee)"))
            #expect(blank.status == .unprocessableEntity && blank.body.string.contains("Say briefly why"))
            #expect(done.status == .seeOther)
            #expect(done.headers.first(name: .location) == "/programmes/\(w.scene.programmeID)/relationships?notice=relationship-rematched")
            #expect(try await Relationship.find(w.relationshipID, on: app.db)?.status == .closed)
            let after = try await Self.seats(w.scene, fixtures)
            #expect(after.programme == 0 && after.personal == 0)
            #expect(try await fixtures.auditCount("relationship.rematched") == 1)
            #expect(try await fixtures.auditCount("relationship.closed") == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "relationship.rematched").first()?.details
                == "They never found a time to meet.")
            #expect(detail.contains("Re-matched by an admin") && detail.contains("They never found a time to meet."))
            let offered = try await AppNotification.query(on: app.db).filter(\.$kind == .rematchOffered).all()
            #expect(offered.map(\.userID) == [w.mentee.id!])
            #expect(offered.first?.link.hasPrefix("/programmes/\(w.scene.programmeID)/mentors") == true)
            let told = try await AppNotification.query(on: app.db).filter(\.$kind == .relationshipClosed).all()
            #expect(told.map(\.userID) == [w.mentor.id!] && told.first?.link == "/relationships/\(w.relationshipID)/close")
            #expect(!(offered + told).contains { $0.body.contains("never found a time") })
            // The mentee is free for the next match run.
            #expect(!(try await MatchRunQueries.alreadyMatched(programmeID: w.scene.programmeID, on: app.db)).contains(w.mentee.id!))
        }
    }

    @Test(arguments: TestDB.enabled)
    func rematchesAtTheSameMomentFreeTheSeatOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let admin = try await fixtures.client(signedInAs: w.admin)
            let token = try await admin.csrfToken()
            let api = "/api/v1/relationships/\(w.relationshipID)/rematch"
            let page = "/programmes/\(w.scene.programmeID)/relationships/\(w.relationshipID)/rematch"
            // act: two API calls and the page's form at once
            let answers = try await withThrowingTaskGroup(of: (HTTPStatus, Bool?).self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        let r = try await admin.api(.POST, api, json: ["reason": "Better fit elsewhere"])
                        return (r.status, try r.jsonObject()["rematched"] as? Bool)
                    }
                }
                group.addTask { (try await admin.post(page, form: ["reason": "Better fit elsewhere"], csrf: token).status, nil) }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // assert
            #expect(answers.allSatisfy { $0.0 == .ok || $0.0 == .seeOther }, "\(answers)")
            let rematchedByAPI = answers.compactMap(\.1).filter { $0 }.count
            #expect(rematchedByAPI <= 1)
            #expect(try await fixtures.auditCount("relationship.rematched") == 1)
            #expect(try await fixtures.auditCount("relationship.closed") == 1)
            let seats = try await Self.seats(w.scene, fixtures)
            #expect(seats.programme == 0 && seats.personal == 0)
            #expect(try await AppNotification.query(on: app.db).filter(\.$kind == .rematchOffered).count() == 1)
            #expect(try await RelationshipEvent.query(on: app.db).filter(\.$kind == .rematched).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theAPIAnswersTheDocumentedShape(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let admin = try await fixtures.client(signedInAs: w.admin)
            let api = "/api/v1/relationships/\(w.relationshipID)/rematch"
            // act
            let noReason = try await admin.api(.POST, api, json: ["reason": ""])
            let done = try await admin.api(.POST, api, json: ["reason": "Schedules never matched"])
            let again = try await admin.api(.POST, api, json: ["reason": "Schedules never matched"])
            let unknown = try await admin.api(.POST, "/api/v1/relationships/\(UUID())/rematch", json: ["reason": "x"])
            // assert
            #expect(noReason.status == .unprocessableEntity)
            let body = try done.jsonObject()
            #expect(done.status == .ok)
            #expect((body["relationship_id"] as? String)?.lowercased() == w.relationshipID.uuidString.lowercased())
            #expect(body["status"] as? String == "closed" && body["rematched"] as? Bool == true)
            #expect(body["recommendations_url"] as? String == "/programmes/\(w.scene.programmeID)/mentors")
            #expect(try again.status == .ok && again.jsonObject()["rematched"] as? Bool == false)
            #expect(unknown.status == .notFound)
        }
    }
}
