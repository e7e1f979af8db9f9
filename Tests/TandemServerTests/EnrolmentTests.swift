import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Enrolling in and leaving programmes")
struct EnrolmentTests {
    @Test(arguments: TestDB.enabled)
    func enrolAsMenteeAndMentorWithAnswers(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat Participant")
            let programme = try await fixtures.programme(in: org, capacity: 3)
            let browser = try await fixtures.client(signedInAs: person)
            // act
            let asMentee = try await browser.post("/programmes/\(programme.id!)/enrolments",
                                                  form: ["role": "mentee", "answer_0": "To grow as a lead"])
            let asMentor = try await browser.post("/programmes/\(programme.id!)/enrolments",
                                                  form: ["role": "mentor", "answer_0": "To give back"])
            // assert
            #expect(asMentee.status == .seeOther)
            #expect(asMentee.location.hasPrefix("/programmes/\(programme.id!)"))
            #expect(asMentor.status == .seeOther)
            let mentee = try #require(try await fixtures.enrolment(of: person, in: programme, as: .mentee))
            #expect(mentee.answerList == ["To grow as a lead"])
            #expect(mentee.status == .active)
            let mentor = try #require(try await fixtures.enrolment(of: person, in: programme, as: .mentor))
            #expect(mentor.answerList == ["To give back"])
            #expect(mentor.capacity == 3)
            let page = try await browser.get("/programmes/\(programme.id!)")
            #expect(page.body.string.contains("You are enrolled as mentee."))
            #expect(page.body.string.contains("You are enrolled as mentor."))
        }
    }

    @Test(arguments: TestDB.enabled)
    func enrollingTwiceInTheSameRoleIsAConflict(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat Participant")
            let programme = try await fixtures.programme(in: org)
            let browser = try await fixtures.client(signedInAs: person)
            try await browser.post("/programmes/\(programme.id!)/enrolments", form: ["role": "mentee"])
            // act
            let again = try await browser.post("/programmes/\(programme.id!)/enrolments", form: ["role": "mentee"])
            let api = try await browser.api(.POST, "/api/v1/programmes/\(programme.id!)/enrolments",
                                            json: ProgrammesAPI.EnrolmentRequest(role: "mentee", answers: []))
            // assert
            #expect(again.status == .conflict)
            #expect(again.body.string.contains("You are already enrolled in this role."))
            #expect(api.status == .conflict)
            #expect(api.errorCode == "enrolment.exists")
            #expect(try await Enrolment.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func roleTheTypeDoesNotTakeIsRefused(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat Participant")
            let peer = try await fixtures.programme(in: org, name: "Peers", type: .peer)
            let browser = try await fixtures.client(signedInAs: person)
            // act
            let page = try await browser.post("/programmes/\(peer.id!)/enrolments", form: ["role": "mentor"])
            let api = try await browser.api(.POST, "/api/v1/programmes/\(peer.id!)/enrolments",
                                            json: ProgrammesAPI.EnrolmentRequest(role: "mentor"))
            let unknown = try await browser.post("/programmes/\(peer.id!)/enrolments", form: ["role": "wizard"])
            let asPeer = try await browser.post("/programmes/\(peer.id!)/enrolments", form: ["role": "peer"])
            // assert
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains("This programme does not take that role."))
            #expect(api.status == .unprocessableEntity)
            #expect(api.errorCode == "enrolment.role_not_allowed")
            #expect(unknown.status == .unprocessableEntity)
            #expect(asPeer.status == .seeOther)
            let roles = try await Enrolment.query(on: app.db).all().map(\.role)
            #expect(roles == [.peer])
        }
    }

    @Test(arguments: TestDB.enabled)
    func formalProgrammeOutsideEnrolmentPhaseIsClosed(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let person = try await fixtures.user(in: org, name: "Pat Participant")
            let later = try await fixtures.formalProgramme(in: org, name: "Later", enrolmentOpen: false)
            let now = try await fixtures.formalProgramme(in: org, name: "Now", enrolmentOpen: true)
            let browser = try await fixtures.client(signedInAs: person)
            // act
            let closedAPI = try await browser.api(.POST, "/api/v1/programmes/\(later.id!)/enrolments",
                                                  json: ProgrammesAPI.EnrolmentRequest(role: "mentee", answers: ["x"]))
            let closedPage = try await browser.post("/programmes/\(later.id!)/enrolments", form: ["role": "mentee"])
            let open = try await browser.api(.POST, "/api/v1/programmes/\(now.id!)/enrolments",
                                             json: ProgrammesAPI.EnrolmentRequest(role: "mentee", answers: ["Because"]))
            // assert
            #expect(closedAPI.status == .conflict)
            #expect(closedAPI.errorCode == "enrolment.closed")
            #expect(closedPage.status == .conflict)
            #expect(open.status == .created)
            let body = try open.json(ProgrammesAPI.EnrolmentResponse.self)
            #expect(body.role == "mentee")
            #expect(body.answers == ["Because"])
            #expect(try await fixtures.enrolment(of: person, in: later, as: .mentee) == nil)
        }
    }

    @Test(arguments: TestDB.enabled)
    func leavingSetsStatusAndWithdrawsPendingRequests(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let other = try await fixtures.programme(in: scene.org, name: "Elsewhere")
            try await fixtures.enrol(scene.mentor, in: other, as: .mentor)
            try await fixtures.enrol(scene.mentee, in: other, as: .mentee)
            let pending = try await fixtures.request(from: scene.mentee, to: scene.mentor, in: scene.programme)
            let untouched = try await fixtures.request(from: scene.mentee, to: scene.mentor, in: other)
            let browser = try await fixtures.client(signedInAs: scene.mentee)
            // act
            let response = try await browser.post("/programmes/\(scene.programmeID)/leave", form: ["role": "mentee"])
            // assert
            #expect(response.status == .seeOther)
            #expect(response.location.contains("notice=left"))
            let enrolment = try #require(try await fixtures.enrolment(of: scene.mentee, in: scene.programme, as: .mentee))
            #expect(enrolment.status == .left)
            #expect(try await MentorRequest.find(pending.id, on: app.db)?.status == .withdrawn)
            #expect(try await MentorRequest.find(untouched.id, on: app.db)?.status == .pending)
            let again = try await browser.post("/programmes/\(scene.programmeID)/leave", form: ["role": "mentee"])
            #expect(again.status == .notFound)
        }
    }
}
