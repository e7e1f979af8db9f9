import Fluent
import Foundation
import Testing
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("Browse shows each mentor's typical response time and last activity")
struct MentorActivityTests {
    /// An answered request to `mentor`, sent `ago` and answered `after` seconds later.
    static func answered(_ s: RequestScene, by mentor: User, ago: TimeInterval, after: TimeInterval, code: DeclineCode? = nil,
                         app: Application) async throws {
        let fixtures = Fixtures(app: app)
        let asker = try await fixtures.user(in: s.org, name: "Asker \(UUID().uuidString.prefix(4))")
        let r = try await fixtures.request(from: asker, to: mentor, in: s.programme)
        let sent = Date().addingTimeInterval(-ago)
        try await MentorRequest.query(on: app.db).filter(\.$id == r.requireID())
            .set(\.$createdAt, to: sent).set(\.$decidedAt, to: sent.addingTimeInterval(after))
            .set(\.$status, to: code == nil ? .accepted : .declined).set(\.$declineCode, to: code).update()
    }

    @Test(arguments: TestDB.enabled)
    func theMedianOfRecentAnswersAndACoarseLastActiveAreShownUnlessHidden(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: Ana answered in 1, 3 and 20 hours (median 3); an away-decline and a year-old answer do not count
            let s = try await RequestScene.make(app)
            let ana = s.mentors[0]
            for hours in [1.0, 3, 20] { try await Self.answered(s, by: ana, ago: 10 * 86_400, after: hours * 3600, app: app) }
            try await Self.answered(s, by: ana, ago: 2 * 86_400, after: 1, code: .mentorAway, app: app)
            try await Self.answered(s, by: ana, ago: 365 * 86_400, after: 60, app: app)
            _ = try await Fixtures(app: app).client(signedInAs: ana)
            let mentee = try await Fixtures(app: app).client(signedInAs: s.mentee)

            // act
            let page = try await mentee.get("/programmes/\(s.programme.id!)/mentors")
            let api = try await mentee.api(.GET, "/api/v1/programmes/\(s.programme.id!)/mentors").json(APIPage<MentorsAPI.MentorResponse>.self)
            let profile = try await ProfileQueries.profile(of: ana, on: app.db)
            profile.hideActivity = true
            try await profile.save(on: app.db)
            let hidden = try await mentee.api(.GET, "/api/v1/programmes/\(s.programme.id!)/mentors").json(APIPage<MentorsAPI.MentorResponse>.self)

            // assert
            #expect(page.body.string.contains("Usually answers within 3 hours"))
            #expect(page.body.string.contains("Active in the last day"))
            let shown = try #require(api.items.first { $0.userID == ana.id })
            #expect(shown.typicalResponseSeconds == 3 * 3600)
            #expect(shown.lastActive == "Active in the last day")
            let ben = try #require(api.items.first { $0.userID == s.mentors[1].id })
            #expect(ben.typicalResponseSeconds == nil && ben.lastActive == "Not active recently")
            let quiet = try #require(hidden.items.first { $0.userID == ana.id })
            #expect(quiet.typicalResponse == nil && quiet.lastActive == nil)
        }
    }
}
