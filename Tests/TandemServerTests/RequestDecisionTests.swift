import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Accepting, declining and withdrawing requests")
struct RequestDecisionTests {
    @Test(arguments: TestDB.enabled)
    func mentorAcceptsAndBothMembersSeeTheRelationship(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let request = try await fixtures.request(from: scene.mentee, to: scene.mentor, in: scene.programme)
            let mentorBrowser = try await fixtures.client(signedInAs: scene.mentor)
            // act
            let response = try await mentorBrowser.post("/requests/\(request.id!)/accept", form: [:])
            // assert
            #expect(response.status == .seeOther)
            let relationshipID = try #require(response.locationID)
            #expect(response.location == "/relationships/\(relationshipID)")
            #expect(try await MentorRequest.find(request.id, on: app.db)?.status == .accepted)
            #expect(try await MentorRequest.find(request.id, on: app.db)?.relationshipID == relationshipID)
            let members = try await RelationshipMember.query(on: app.db).filter(\.$relationship.$id == relationshipID).all()
            #expect(Set(members.map { $0.$user.id }) == [scene.mentorID, scene.menteeID])
            for browser in [mentorBrowser, try await fixtures.client(signedInAs: scene.mentee)] {
                let page = try await browser.get("/relationships/\(relationshipID)")
                #expect(page.status == .ok)
                #expect(page.body.string.contains("<strong>Maya Mentor</strong>"))
                #expect(page.body.string.contains("<strong>Tom Mentee</strong>"))
            }
            #expect(try await fixtures.enrolment(of: scene.mentor, in: scene.programme, as: .mentor)?.seatsUsed == 1)
            #expect(try await fixtures.profile(of: scene.mentor).mentorSeatsUsed == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func nonMemberGetsNotFoundForTheRelationship(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let request = try await fixtures.request(from: scene.mentee, to: scene.mentor, in: scene.programme)
            let accepted = try await fixtures.client(signedInAs: scene.mentor).post("/requests/\(request.id!)/accept", form: [:])
            let relationshipID = try #require(accepted.locationID)
            let admin = try await fixtures.client(signedInAs: scene.admin)
            // act
            let page = try await admin.get("/relationships/\(relationshipID)")
            let api = try await admin.api(.GET, "/api/v1/relationships/\(relationshipID)")
            // assert
            #expect(page.status == .notFound)
            #expect(!page.body.string.contains("Maya Mentor"))
            #expect(api.status == .notFound)
            #expect(api.errorCode == "relationship.not_found")
        }
    }

    @Test(arguments: TestDB.enabled)
    func declineReasonIsShownToTheMentee(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let request = try await fixtures.request(from: scene.mentee, to: scene.mentor, in: scene.programme)
            // act
            let response = try await fixtures.client(signedInAs: scene.mentor)
                .post("/requests/\(request.id!)/decline", form: ["reason": "Fully booked until June"])
            // assert
            #expect(response.status == .seeOther)
            let stored = try #require(try await MentorRequest.find(request.id, on: app.db))
            #expect(stored.status == .declined)
            #expect(stored.declineReason == "Fully booked until June")
            let menteePage = try await fixtures.client(signedInAs: scene.mentee).get("/requests")
            #expect(menteePage.body.string.contains("Reason: Fully booked until June"))
            #expect(try await fixtures.enrolment(of: scene.mentor, in: scene.programme, as: .mentor)?.seatsUsed == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func menteeWithdrawsButCannotWithdrawTwice(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let request = try await fixtures.request(from: scene.mentee, to: scene.mentor, in: scene.programme)
            let browser = try await fixtures.client(signedInAs: scene.mentee)
            // act
            let response = try await browser.post("/requests/\(request.id!)/withdraw", form: [:])
            let again = try await browser.api(.POST, "/api/v1/requests/\(request.id!)/withdraw")
            let byMentor = try await fixtures.client(signedInAs: scene.mentor).api(.POST, "/api/v1/requests/\(request.id!)/withdraw")
            // assert
            #expect(response.status == .seeOther)
            #expect(response.location.contains("notice=request-withdrawn"))
            #expect(try await MentorRequest.find(request.id, on: app.db)?.status == .withdrawn)
            #expect(again.status == .conflict)
            #expect(again.errorCode == "request.not_pending")
            #expect(byMentor.status == .forbidden)
        }
    }

    @Test(arguments: TestDB.enabled)
    func acceptingADeclinedRequestIsAConflict(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let request = try await fixtures.request(from: scene.mentee, to: scene.mentor, in: scene.programme)
            let mentor = try await fixtures.client(signedInAs: scene.mentor)
            try await mentor.api(.POST, "/api/v1/requests/\(request.id!)/decline", json: DeclineInput(reason: nil))
            // act
            let response = try await mentor.api(.POST, "/api/v1/requests/\(request.id!)/accept")
            // assert
            #expect(response.status == .conflict)
            #expect(response.errorCode == "request.not_pending")
            #expect(try await MentorRequest.find(request.id, on: app.db)?.status == .declined)
            #expect(try await Relationship.query(on: app.db).count() == 0)
            #expect(try await fixtures.profile(of: scene.mentor).mentorSeatsUsed == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func onlyTheMentorCanAccept(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let request = try await fixtures.request(from: scene.mentee, to: scene.mentor, in: scene.programme)
            let mentee = try await fixtures.client(signedInAs: scene.mentee)
            // act
            let page = try await mentee.post("/requests/\(request.id!)/accept", form: [:])
            let api = try await mentee.api(.POST, "/api/v1/requests/\(request.id!)/accept")
            let bystander = try await fixtures.client(signedInAs: scene.admin).api(.POST, "/api/v1/requests/\(request.id!)/accept")
            // assert
            #expect(page.status == .forbidden)
            #expect(api.status == .forbidden)
            #expect(api.errorCode == "auth.forbidden")
            #expect(bystander.status == .notFound)
            #expect(try await MentorRequest.find(request.id, on: app.db)?.status == .pending)
            #expect(try await Relationship.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func groupMentorsAcceptedMenteesShareOneCircle(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures, type: .group, capacity: 4)
            let second = try await fixtures.user(in: scene.org, name: "Sue Second")
            try await fixtures.enrol(second, in: scene.programme, as: .mentee)
            let first = try await fixtures.request(from: scene.mentee, to: scene.mentor, in: scene.programme)
            let other = try await fixtures.request(from: second, to: scene.mentor, in: scene.programme)
            let mentor = try await fixtures.client(signedInAs: scene.mentor)
            // act
            let a = try await mentor.api(.POST, "/api/v1/requests/\(first.id!)/accept")
            let b = try await mentor.api(.POST, "/api/v1/requests/\(other.id!)/accept")
            // assert
            let idA = try a.json(RequestsAPI.RequestResponse.self).relationshipID
            let idB = try b.json(RequestsAPI.RequestResponse.self).relationshipID
            #expect(idA != nil)
            #expect(idA == idB)
            #expect(try await Relationship.query(on: app.db).count() == 1)
            #expect(try await RelationshipMember.query(on: app.db).count() == 3)
            let circle = try await fixtures.client(signedInAs: second).get("/relationships/\(idA!)")
            #expect(circle.body.string.contains("Circle members"))
            #expect(circle.body.string.contains("<strong>Tom Mentee</strong>"))
            #expect(try await fixtures.enrolment(of: scene.mentor, in: scene.programme, as: .mentor)?.seatsUsed == 2)
        }
    }
}
