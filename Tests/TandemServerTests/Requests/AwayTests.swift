import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("A mentor away until a date")
struct AwayTests {
    static func today() -> LocalDate { LocalDate(date: Date(), in: RequestScene.zone) }

    @Test(arguments: TestDB.enabled)
    func goingAwayDeclinesWaitingRequestsKindlyAndHidesTheMentor(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: Ana has a waiting request; recommendations are cached with her in them
            let s = try await RequestScene.make(app)
            let mentee = try await Fixtures(app: app).client(signedInAs: s.mentee)
            let ana = try await Fixtures(app: app).client(signedInAs: s.mentors[0])
            let before = try await mentee.api(.GET, "/api/v1/programmes/\(s.programme.id!)/recommendations")
                .json(APIPage<RecommendationsAPI.RecommendationResponse>.self)
            let r = try await s.request(to: s.mentors[0], app: app)
            let until = Self.today().adding(days: 7).iso

            // act
            let saved = try await ana.api(.PUT, "/api/v1/me/availability",
                                          json: AvailabilityAPI.AvailabilityInput(awayUntil: until, awayNote: "Back after the conference."))

            // assert: saved, the request declined with the code and a kind reason, the mentee told
            #expect(saved.status == .ok)
            let body = try saved.json(AvailabilityAPI.AvailabilityResponse.self)
            #expect(body.awayUntil == until && body.away && body.awayNote == "Back after the conference.")
            let declined = try #require(try await MentorRequest.find(r.id, on: app.db))
            #expect(declined.status == .declined)
            #expect(declined.declineCode == .mentorAway)
            #expect(declined.declineReason?.hasPrefix("Ana Ace is away until ") == true)
            #expect(declined.declineReason?.hasSuffix("Back after the conference.") == true)
            let note = try #require(try await AppNotification.query(on: app.db).filter(\.$userID == s.mentee.requireID()).first())
            #expect(note.kind == .requestDeclined)
            #expect(note.title.hasPrefix("Ana Ace is away until "))
            // hidden from recommendations (the cache was dropped) and from browse
            #expect(before.items.map(\.mentorID).contains(s.mentors[0].id!))
            let after = try await mentee.api(.GET, "/api/v1/programmes/\(s.programme.id!)/recommendations")
                .json(APIPage<RecommendationsAPI.RecommendationResponse>.self)
            #expect(!after.items.map(\.mentorID).contains(s.mentors[0].id!))
            #expect(after.items.count == 3)
            let browse = try await mentee.api(.GET, "/api/v1/programmes/\(s.programme.id!)/mentors")
                .json(APIPage<MentorsAPI.MentorResponse>.self)
            #expect(browse.items.map(\.name) == ["Ben Bright", "Cy Capable", "Di Distant"])
            // and the mentee is offered others for the declined request
            let shown = try await mentee.api(.GET, "/api/v1/requests/\(r.id!)").json(RequestsAPI.RequestResponse.self)
            #expect(shown.declineCode == "mentor_away")
            #expect(shown.alternatives?.map(\.mentorID) == [s.mentors[1].id!, s.mentors[2].id!, s.mentors[3].id!])
        }
    }

    @Test(arguments: TestDB.enabled)
    func aNewRequestToSomeoneAwayIsRefusedUntilTheyAreBack(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: Ana is away through today
            let s = try await RequestScene.make(app)
            let profile = try await ProfileQueries.profile(of: s.mentors[0], on: app.db)
            profile.awayUntil = Self.today().iso
            try await profile.save(on: app.db)
            let mentee = try await Fixtures(app: app).client(signedInAs: s.mentee)
            let ask = RequestsAPI.CreateRequest(programmeID: s.programme.id, mentorID: s.mentors[0].id, message: "Hi", hopes: "Swift")

            // act
            let refused = try await mentee.api(.POST, "/api/v1/requests", json: ask)
            profile.awayUntil = Self.today().adding(days: -1).iso
            try await profile.save(on: app.db)
            let accepted = try await mentee.api(.POST, "/api/v1/requests", json: ask)

            // assert
            #expect(refused.status == .conflict)
            #expect(refused.errorCode == "request.mentor_away")
            #expect(accepted.status == .created)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theAvailabilityFormKeepsWhatWasTypedAndNamesTheProblem(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await RequestScene.make(app)
            let ana = try await Fixtures(app: app).client(signedInAs: s.mentors[0])
            let yesterday = Self.today().adding(days: -1).iso

            // act
            let page = try await ana.get("/account/availability")
            let bad = try await ana.post("/account/availability", form: ["away_until": yesterday, "away_note": "Sabbatical"])
            let good = try await ana.post("/account/availability", form: ["away_until": "", "away_note": "", "hide_activity": "on"])
            let api = try await ana.api(.PUT, "/api/v1/me/availability", json: AvailabilityAPI.AvailabilityInput(awayUntil: "soon"))

            // assert
            #expect(page.status == .ok)
            #expect(page.body.string.contains(#"name="away_until""#))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Choose today or a later date."))
            #expect(bad.body.string.contains(#"value="Sabbatical""#))
            #expect(good.status == .seeOther)
            let profile = try await ProfileQueries.profile(of: s.mentors[0], on: app.db)
            #expect(profile.awayUntil == nil && profile.hideActivity)
            #expect(api.status == .unprocessableEntity)
            #expect(api.errorCode == "validation.failed")
            let shown = try await ana.api(.GET, "/api/v1/me/availability").json(AvailabilityAPI.AvailabilityResponse.self)
            #expect(shown.hideActivity && !shown.away && shown.awayUntil == nil)
        }
    }
}
