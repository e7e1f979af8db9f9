import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Sending mentor requests")
struct RequestFlowTests {
    static func create(_ scene: MentoringScene, to mentorID: UUID? = nil, message: String = "Hello") -> RequestsAPI.CreateRequest {
        RequestsAPI.CreateRequest(programmeID: scene.programmeID, mentorID: mentorID ?? scene.mentorID, message: message, hopes: "SQL")
    }

    @Test(arguments: TestDB.enabled)
    func menteeSendsRequestFromTheForm(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let browser = try await fixtures.client(signedInAs: scene.mentee)
            let path = "/programmes/\(scene.programmeID)/mentors/\(scene.mentorID)/request"
            // act
            let form = try await browser.get(path)
            let response = try await browser.post(path, form: ["message": "Hi Maya", "hopes": "Query planning"])
            // assert
            #expect(form.status == .ok)
            #expect(form.body.string.contains("Ask Maya Mentor to mentor you"))
            #expect(response.status == .seeOther)
            #expect(response.location.hasPrefix("/requests"))
            let stored = try #require(try await MentorRequest.query(on: app.db).first())
            #expect(stored.message == "Hi Maya")
            #expect(stored.hopes == "Query planning")
            #expect(stored.status == .pending)
            #expect(stored.$mentor.id == scene.mentorID)
            #expect(stored.$mentee.id == scene.menteeID)
            let mine = try await browser.get("/requests")
            #expect(mine.body.string.contains("Hi Maya"))
            let theirs = try await fixtures.client(signedInAs: scene.mentor).get("/requests")
            #expect(theirs.body.string.contains("Query planning"))
            #expect(theirs.body.string.contains("/requests/\(stored.id!)/accept"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func emptyMessageKeepsTheTypedHopes(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let browser = try await fixtures.client(signedInAs: scene.mentee)
            // act
            let response = try await browser.post("/programmes/\(scene.programmeID)/mentors/\(scene.mentorID)/request",
                                                  form: ["message": "  ", "hopes": "Index tuning"])
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Say hello and why you chose this mentor."))
            #expect(response.body.string.contains(">Index tuning</textarea>"))
            #expect(try await MentorRequest.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func duplicateOpenRequestIsRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let browser = try await fixtures.client(signedInAs: scene.mentee)
            let first = try await browser.api(.POST, "/api/v1/requests", json: Self.create(scene))
            // act
            let second = try await browser.api(.POST, "/api/v1/requests", json: Self.create(scene, message: "Again"))
            // assert
            #expect(first.status == .created)
            #expect(try first.json(RequestsAPI.RequestResponse.self).status == "pending")
            #expect(second.status == .conflict)
            #expect(second.errorCode == "request.duplicate")
            #expect(try await MentorRequest.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func requestingYourselfIsRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            try await fixtures.enrol(scene.mentee, in: scene.programme, as: .mentor)
            let browser = try await fixtures.client(signedInAs: scene.mentee)
            // act
            let response = try await browser.api(.POST, "/api/v1/requests", json: Self.create(scene, to: scene.menteeID))
            // assert
            #expect([.unprocessableEntity, .conflict].contains(response.status))
            #expect(response.errorCode == "request.self")
            #expect(try await MentorRequest.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func requestingYourManagerIsRefusedInBothDirections(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let report = try await fixtures.user(in: scene.org, name: "Rex Report")
            try await fixtures.enrol(report, in: scene.programme, as: .mentee)
            scene.mentee.managerID = scene.mentorID
            try await scene.mentee.save(on: app.db)
            let manager = try await fixtures.user(in: scene.org, name: "Mo Manager")
            try await fixtures.enrol(manager, in: scene.programme, as: .mentor)
            manager.managerID = try report.requireID()
            try await manager.save(on: app.db)
            // act
            let up = try await fixtures.client(signedInAs: scene.mentee)
                .api(.POST, "/api/v1/requests", json: Self.create(scene))
            let down = try await fixtures.client(signedInAs: report)
                .api(.POST, "/api/v1/requests", json: Self.create(scene, to: manager.id))
            // assert
            #expect(up.status == .conflict)
            #expect(up.errorCode == "request.manager_pair")
            #expect(down.status == .conflict)
            #expect(down.errorCode == "request.manager_pair")
            #expect(try await MentorRequest.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func requestWithoutEnrolmentOrToUnknownMentorIsRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let outsider = try await fixtures.user(in: scene.org, name: "Olive Outsider")
            // act
            let notEnrolled = try await fixtures.client(signedInAs: outsider)
                .api(.POST, "/api/v1/requests", json: Self.create(scene))
            let unknown = try await fixtures.client(signedInAs: scene.mentee)
                .api(.POST, "/api/v1/requests", json: Self.create(scene, to: UUID()))
            // assert
            #expect(notEnrolled.status == .conflict)
            #expect(notEnrolled.errorCode == "enrolment.required")
            #expect(unknown.status == .notFound)
            #expect(unknown.errorCode == "mentor.not_found")
            #expect(try await MentorRequest.query(on: app.db).count() == 0)
        }
    }
}
