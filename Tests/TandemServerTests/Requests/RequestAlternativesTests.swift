import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("A mentee whose request lapsed is offered the next best mentors")
struct RequestAlternativesTests {
    @Test(arguments: TestDB.enabled)
    func anExpiredRequestCarriesAlternativesWithoutTheMentorWhoLetItLapseTheAwayOrTheFull(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: Ana lets it expire, Ben is away, Cy is full; Di is left
            let s = try await RequestScene.make(app)
            let r = try await s.request(to: s.mentors[0], sentAt: Date().addingTimeInterval(-6 * 86_400), app: app)
            let ben = try await ProfileQueries.profile(of: s.mentors[1], on: app.db)
            ben.awayUntil = LocalDate(date: Date(), in: RequestScene.zone).adding(days: 3).iso
            try await ben.save(on: app.db)
            let cy = try await ProfileQueries.profile(of: s.mentors[2], on: app.db)
            cy.mentorSeatsUsed = cy.mentorCapacity
            try await cy.save(on: app.db)
            try await RequestExpiry.run(now: Date(), app: app)
            let mentee = try await Fixtures(app: app).client(signedInAs: s.mentee)

            // act
            let shown = try await mentee.api(.GET, "/api/v1/requests/\(r.id!)")

            // assert
            #expect(shown.status == .ok)
            let body = try shown.json(RequestsAPI.RequestResponse.self)
            #expect(body.status == "expired")
            #expect(body.expiresAt == nil)
            #expect(body.alternatives?.map(\.mentorID) == [s.mentors[3].id!])
        }
    }

    @Test(arguments: TestDB.enabled)
    func theMentorSeesNoAlternativesAndAPendingRequestSaysWhenItExpires(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await RequestScene.make(app)
            let sent = Date().addingTimeInterval(-86_400)
            let pending = try await s.request(to: s.mentors[1], sentAt: sent, app: app)
            let expired = try await s.request(to: s.mentors[0], sentAt: sent.addingTimeInterval(-9 * 86_400), app: app)
            try await RequestExpiry.run(now: Date(), app: app)
            let mentor = try await Fixtures(app: app).client(signedInAs: s.mentors[0])
            let mentee = try await Fixtures(app: app).client(signedInAs: s.mentee)

            // act
            let mentorView = try await mentor.api(.GET, "/api/v1/requests/\(expired.id!)").json(RequestsAPI.RequestResponse.self)
            let waiting = try await mentee.api(.GET, "/api/v1/requests/\(pending.id!)").json(RequestsAPI.RequestResponse.self)

            // assert
            #expect(mentorView.alternatives?.isEmpty == true)
            #expect(waiting.alternatives?.isEmpty == true)
            let expected = RequestClock.expiry(sentAt: try #require(try await MentorRequest.find(pending.id, on: app.db)?.createdAt),
                                               windowDays: 5, in: RequestScene.zone)
            #expect(abs((waiting.expiresAt ?? .distantPast).timeIntervalSince(expected)) < 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func askingAnAlternativeInstead_isOneFormPostWithTheSameText(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await RequestScene.make(app)
            let r = try await s.request(to: s.mentors[0], sentAt: Date().addingTimeInterval(-6 * 86_400), app: app)
            try await RequestExpiry.run(now: Date(), app: app)
            let mentee = try await Fixtures(app: app).client(signedInAs: s.mentee)
            let page = try await mentee.get("/requests")
            let action = "/requests/\(r.id!)/ask/\(s.mentors[1].id!)"

            // act
            let asked = try await mentee.post(action, form: [:])

            // assert: the page offered it, and the new request went to Ben with the same words
            #expect(page.body.string.contains("Ask Ben Bright instead"))
            #expect(page.body.string.contains(#"action="\#(action)""#))
            #expect(!page.body.string.contains("Ask Ana Ace instead"))
            #expect(asked.status == .seeOther)
            #expect(asked.location == "/requests?notice=request-sent")
            let fresh = try #require(try await MentorRequest.query(on: app.db).filter(\.$status == .pending).first())
            #expect(fresh.$mentor.id == s.mentors[1].id)
            #expect(fresh.message == "Hello")
        }
    }

    @Test(arguments: TestDB.enabled)
    func askingInsteadRespectsTheCapAndSaysSoOnThePage(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: cap of one, already used by a waiting request to Cy
            let s = try await RequestScene.make(app, maxOpen: 1)
            let r = try await s.request(to: s.mentors[0], sentAt: Date().addingTimeInterval(-6 * 86_400), app: app)
            try await RequestExpiry.run(now: Date(), app: app)
            _ = try await s.request(to: s.mentors[2], app: app)
            let mentee = try await Fixtures(app: app).client(signedInAs: s.mentee)

            // act
            let page = try await mentee.post("/requests/\(r.id!)/ask/\(s.mentors[1].id!)", form: [:])
            let api = try await mentee.api(.POST, "/api/v1/requests/\(r.id!)/ask-instead",
                                           json: RequestsAPI.AskInsteadInput(mentorID: s.mentors[1].id))

            // assert
            #expect(page.status == .conflict)
            #expect(page.body.string.contains("You already have as many requests waiting as this programme allows."))
            #expect(api.status == .conflict)
            #expect(api.errorCode == "request.too_many_open")
            #expect(try await MentorRequest.query(on: app.db).filter(\.$status == .pending).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func askingInsteadNeedsALapsedRequestOfOnesOwn(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await RequestScene.make(app)
            let pending = try await s.request(to: s.mentors[0], app: app)
            let mentee = try await Fixtures(app: app).client(signedInAs: s.mentee)
            let mentor = try await Fixtures(app: app).client(signedInAs: s.mentors[0])
            let other = try await Fixtures(app: app).organisation("Other")
            let stranger = try await Fixtures(app: app).client(signedInAs: try await Fixtures(app: app).user(in: other, name: "Sam Stranger"))
            let body = RequestsAPI.AskInsteadInput(mentorID: s.mentors[1].id)

            // act
            let notLapsed = try await mentee.api(.POST, "/api/v1/requests/\(pending.id!)/ask-instead", json: body)
            let notMine = try await mentor.api(.POST, "/api/v1/requests/\(pending.id!)/ask-instead", json: body)
            let foreign = try await stranger.api(.POST, "/api/v1/requests/\(pending.id!)/ask-instead", json: body)

            // assert
            #expect(notLapsed.status == .conflict)
            #expect(notLapsed.errorCode == "request.not_lapsed")
            #expect(notMine.status == .forbidden)
            #expect(foreign.status == .notFound)
            #expect(try await MentorRequest.query(on: app.db).count() == 1)
        }
    }
}
