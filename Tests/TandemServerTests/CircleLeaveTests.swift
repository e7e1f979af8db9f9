import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemServer

/// A group circle: one mentor with three mentees, and the mentor's personal seat also held by a
/// pair in another programme, so a seat given back twice would show.
struct CircleScene {
    let fixtures: Fixtures
    let mentor: User
    let mentees: [User]
    let programme: Programme
    let circleID: UUID

    var app: Application { fixtures.app }
    var page: String { "/relationships/\(circleID)" }
    var api: String { "/api/v1/relationships/\(circleID)" }

    static func make(_ fixtures: Fixtures) async throws -> CircleScene {
        let org = try await fixtures.organisation()
        let programme = try await fixtures.programme(in: org, name: "Circles", type: .group, capacity: 5)
        let other = try await fixtures.programme(in: org, name: "One to one", capacity: 5)
        let mentor = try await fixtures.user(in: org, name: "Maria Mentor", mentorCapacity: 10)
        try await fixtures.enrol(mentor, in: programme, as: .mentor)
        try await fixtures.enrol(mentor, in: other, as: .mentor)
        var mentees: [User] = []
        var circleID: UUID?
        for name in ["Ann", "Bob", "Cy"] {
            let mentee = try await fixtures.user(in: org, name: name)
            try await fixtures.enrol(mentee, in: programme, as: .mentee)
            circleID = try await fixtures.match(mentee, with: mentor, in: programme)
            mentees.append(mentee)
        }
        let elsewhere = try await fixtures.user(in: org, name: "Eve Elsewhere")
        try await fixtures.enrol(elsewhere, in: other, as: .mentee)
        _ = try await fixtures.match(elsewhere, with: mentor, in: other)
        return CircleScene(fixtures: fixtures, mentor: mentor, mentees: mentees, programme: programme, circleID: try #require(circleID))
    }

    func circleSeats() async throws -> Int? {
        try await fixtures.enrolment(of: mentor, in: programme, as: .mentor)?.seatsUsed
    }

    func personalSeats() async throws -> Int {
        try await fixtures.profile(of: mentor).mentorSeatsUsed
    }
}

@Suite("Leaving a circle")
struct CircleLeaveTests {
    struct Member: Codable { let name: String }
    struct RelationshipBody: Codable {
        let id: UUID
        let status: String
        let members: [Member]
    }

    @Test(arguments: TestDB.enabled)
    func aMenteeLeavesThroughThePageAndTheOthersCarryOn(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let c = try await CircleScene.make(Fixtures(app: app))
            let ann = try await c.fixtures.client(signedInAs: c.mentees[0])
            let bob = try await c.fixtures.client(signedInAs: c.mentees[1])
            let before = try await ann.get(c.page).body.string
            #expect(try await c.circleSeats() == 3)
            #expect(try await c.personalSeats() == 4)
            // act
            let form = try await ann.get("\(c.page)/leave")
            let unconfirmed = try await ann.post("\(c.page)/leave", form: [:])
            let left = try await ann.post("\(c.page)/leave", form: ["confirm": "yes"])
            let again = try await ann.post("\(c.page)/leave", form: ["confirm": "yes"])
            // assert: the leave link replaces closing for a mentee, and needs a confirmation
            #expect(before.contains("Leave this circle…"))
            #expect(!before.contains("/close\">"))
            #expect(form.status == .ok)
            #expect(form.body.string.contains("I want to leave this circle"))
            #expect(unconfirmed.status == .unprocessableEntity)
            #expect(unconfirmed.body.string.contains("Tick the box"))
            #expect(left.status == .seeOther)
            #expect(left.location.contains("notice=circle-left"))
            // one seat freed, once; the circle goes on for the others
            #expect(try await c.circleSeats() == 2)
            #expect(try await c.personalSeats() == 3)
            #expect(try await Relationship.find(c.circleID, on: app.db)?.status == .active)
            #expect(try await c.fixtures.auditCount("relationship.left") == 1)
            // Ann no longer sees the circle; Bob still does, without her
            #expect(again.status == .notFound)
            #expect(try await ann.get(c.page).status == .notFound)
            let annList = try await ann.api(.GET, "/api/v1/relationships").json(APIPage<RelationshipBody>.self)
            #expect(annList.items.isEmpty)
            let bobView = try await bob.api(.GET, c.api).json(RelationshipBody.self)
            #expect(bobView.status == "active")
            #expect(Set(bobView.members.map(\.name)) == ["Maria Mentor", "Bob", "Cy"])
        }
    }

    @Test(arguments: TestDB.enabled)
    func onlyTheMentorClosesTheWholeCircle(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let c = try await CircleScene.make(Fixtures(app: app))
            let bob = try await c.fixtures.client(signedInAs: c.mentees[1])
            let mentor = try await c.fixtures.client(signedInAs: c.mentor)
            // act
            let pageClose = try await bob.post("\(c.page)/close", form: ["learned": "Lots"])
            let apiClose = try await bob.api(.POST, "\(c.api)/close", json: ["learned": "Lots"])
            let closeForm = try await bob.get("\(c.page)/close")
            let mentorLeaves = try await mentor.api(.POST, "\(c.api)/leave")
            let mentorPage = try await mentor.get(c.page).body.string
            // assert
            #expect(pageClose.status == .forbidden)
            #expect(apiClose.status == .forbidden)
            #expect(apiClose.errorCode == "circle.close_forbidden")
            #expect(closeForm.status == .forbidden)
            #expect(mentorLeaves.status == .forbidden)
            #expect(mentorLeaves.errorCode == "circle.mentor_cannot_leave")
            #expect(mentorPage.contains("Close the whole circle…"))
            #expect(!mentorPage.contains("Leave this circle…"))
            #expect(try await Relationship.find(c.circleID, on: app.db)?.status == .active)
            #expect(try await Reflection.query(on: app.db).count() == 0)
            #expect(try await c.circleSeats() == 3)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theLastMenteeLeavingClosesTheCircle(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let c = try await CircleScene.make(Fixtures(app: app))
            var browsers: [TestClient] = []
            for mentee in c.mentees { browsers.append(try await c.fixtures.client(signedInAs: mentee)) }
            let upcoming = Meeting(organisationID: c.mentor.organisationID, relationshipID: c.circleID, createdBy: try c.mentor.requireID(),
                                   meeting: .init(startsAt: Date().addingTimeInterval(86_400), timeZone: .gmt, durationMinutes: 30,
                                                  format: .call, link: nil, agenda: ""), status: .scheduled)
            try await upcoming.create(on: app.db)
            // act
            let first = try await browsers[0].api(.POST, "\(c.api)/leave")
            let second = try await browsers[1].api(.POST, "\(c.api)/leave")
            let warning = try await browsers[2].get("\(c.page)/leave").body.string
            let last = try await browsers[2].api(.POST, "\(c.api)/leave")
            // assert
            #expect([first.status, second.status, last.status] == [.noContent, .noContent, .noContent])
            #expect(warning.contains("leaving it also closes it"))
            let circle = try #require(try await Relationship.find(c.circleID, on: app.db))
            #expect(circle.status == .closed)
            #expect(try await Meeting.find(upcoming.id, on: app.db)?.status == .cancelled)
            #expect(try await c.circleSeats() == 0)
            #expect(try await c.personalSeats() == 1)
            #expect(try await c.fixtures.auditCount("relationship.left") == 3)
            #expect(try await c.fixtures.auditCount("relationship.closed") == 1)
            // the mentor still sees the archived circle and may add a reflection
            let mentor = try await c.fixtures.client(signedInAs: c.mentor)
            #expect(try await mentor.post("\(c.page)/close", form: ["learned": "Listening"]).status == .seeOther)
            #expect(try await c.personalSeats() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func leavesAndTheMentorsCloseAtOnceGiveEachSeatBackOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let c = try await CircleScene.make(Fixtures(app: app))
            let mentor = try await c.fixtures.client(signedInAs: c.mentor)
            let mentorToken = try await mentor.csrfToken()
            var browsers: [(TestClient, String)] = []
            for mentee in c.mentees.prefix(2) {
                let browser = try await c.fixtures.client(signedInAs: mentee)
                browsers.append((browser, try await browser.csrfToken()))
            }
            let page = c.page
            // act: two mentees leave while the mentor closes
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                group.addTask { try await mentor.post("\(page)/close", form: ["learned": "Listening"], csrf: mentorToken).status }
                for (browser, token) in browsers {
                    group.addTask { try await browser.post("\(page)/leave", form: ["confirm": "yes"], csrf: token).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // assert: whatever the order, the circle is closed and every seat came back exactly once
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .conflict }, "\(statuses)")
            #expect(try await Relationship.find(c.circleID, on: app.db)?.status == .closed)
            #expect(try await c.circleSeats() == 0)
            #expect(try await c.personalSeats() == 1)
            #expect(try await c.fixtures.auditCount("relationship.closed") == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func someoneWhoLeftCanBeAcceptedIntoTheCircleAgain(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let c = try await CircleScene.make(Fixtures(app: app))
            let ann = try await c.fixtures.client(signedInAs: c.mentees[0])
            #expect(try await ann.api(.POST, "\(c.api)/leave").status == .noContent)
            let request = try await c.fixtures.request(from: c.mentees[0], to: c.mentor, in: c.programme)
            // act
            let accepted = try await c.fixtures.client(signedInAs: c.mentor).api(.POST, "/api/v1/requests/\(try request.requireID())/accept")
            // assert: back in the same circle, on the same membership row, holding a seat again
            #expect(accepted.status == .ok)
            #expect(try await ann.get(c.page).status == .ok)
            #expect(try await RelationshipMember.query(on: app.db).filter(\.$relationship.$id == c.circleID).count() == 4)
            #expect(try await c.circleSeats() == 3)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aPairIsClosedNotLeft(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            // act
            let left = try await mentee.api(.POST, "\(w.apiBase)/leave")
            let page = try await mentee.get(w.base).body.string
            // assert
            #expect(left.status == .conflict)
            #expect(left.errorCode == "relationship.not_a_circle")
            #expect(page.contains("Close this relationship…"))
            #expect(!page.contains("Leave this circle…"))
            #expect(try await w.relationship().status == .active)
        }
    }
}
