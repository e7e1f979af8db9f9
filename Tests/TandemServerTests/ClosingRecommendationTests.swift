import Fluent
import Foundation
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// Closing gives the mentor's seat back, so recommendations show them again at once, not after
/// the scoring cache's lifetime (`ScoringCache.lifetime`).
@Suite("Closing and recommendations")
struct ClosingRecommendationTests {
    enum CloseBy: String, CaseIterable {
        case page, api
    }

    @Test(arguments: TestDB.enabled, CloseBy.allCases)
    func aClosedRelationshipsMentorIsRecommendedAgainAtOnce(db: TestDB, closeBy: CloseBy) async throws {
        try await withApp(db) { app in
            // arrange: the mentor's only seat is taken by the relationship, and another mentee has
            // already asked for recommendations (so the scores are cached without the mentor)
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            try await Enrolment.query(on: app.db).filter(\.$user.$id == w.mentor.requireID()).set(\.$capacity, to: 1).update()
            let org = try #require(try await Organisation.find(w.mentor.organisationID, on: app.db))
            let seeker = try await fixtures.user(in: org, name: "Sam Seeker")
            try await MatchingTests.wants(seeker, "SQL:2", on: app)
            try await fixtures.enrol(seeker, in: w.scene.programme, as: .mentee)
            let browser = try await fixtures.client(signedInAs: seeker)
            let url = "/api/v1/programmes/\(try w.scene.programme.requireID())/recommendations?k=5"
            let before = try await browser.get(url).content.decode(MatchingTests.Recommendations.self).items.map(\.name)
            // act
            switch closeBy {
            case .page:
                #expect(try await w.close(as: w.mentor).status == .seeOther)
            case .api:
                let mentor = try await fixtures.client(signedInAs: w.mentor)
                #expect(try await mentor.api(.POST, "/api/v1\(w.base)/close", json: ["learned": "How to listen"]).status == .ok)
            }
            let after = try await browser.get(url).content.decode(MatchingTests.Recommendations.self).items.map(\.name)
            // assert
            #expect(!before.contains("Maya Mentor"))
            #expect(after.contains("Maya Mentor"))
        }
    }
}
