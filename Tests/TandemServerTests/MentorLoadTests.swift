import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import TandemCore
@testable import TandemServer

@Suite("The admins' load view")
struct MentorLoadTests {
    struct Load: Decodable {
        struct Mentor: Decodable { let name: String; let level: String; let seats_left: Int }
        struct Pending: Decodable { let name: String; let pending_requests: Int }
        struct Waiting: Decodable { let name: String; let pending_requests: Int }
        let near_capacity: [Mentor]
        let many_pending: [Pending]
        let waiting_longest: [Waiting]
    }

    @Test(arguments: TestDB.enabled)
    func listsTheStretchedMentorsAndTheMenteesWaitingLongest(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: Maya (2 seats) mentors Tom; Nia has requests from Una and Vic; Wes asked nobody
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            _ = try await fixtures.match(scene.mentee, with: scene.mentor, in: scene.programme)
            let nia = try await fixtures.user(in: scene.org, name: "Nia Mentor")
            try await fixtures.enrol(nia, in: scene.programme, as: .mentor, capacity: 3)
            for name in ["Una", "Vic", "Wes"] {
                let mentee = try await fixtures.user(in: scene.org, name: name)
                try await fixtures.enrol(mentee, in: scene.programme, as: .mentee)
                if name != "Wes" { _ = try await fixtures.request(from: mentee, to: nia, in: scene.programme) }
            }
            let admin = try await fixtures.client(signedInAs: scene.admin)

            // act
            let api = try await admin.api(.GET, "/api/v1/programmes/\(scene.programmeID)/load")
            let page = try await admin.get("/programmes/\(scene.programmeID)/load")

            // assert
            #expect(api.status == .ok)
            let load = try api.content.decode(Load.self)
            #expect(load.near_capacity.map(\.name) == ["Maya Mentor"])
            #expect(load.near_capacity.first?.level == "nearly_full" && load.near_capacity.first?.seats_left == 1)
            #expect(load.many_pending.map(\.name) == ["Nia Mentor"] && load.many_pending.first?.pending_requests == 2)
            #expect(load.waiting_longest.map(\.name) == ["Una", "Vic", "Wes"])
            #expect(load.waiting_longest.map(\.pending_requests) == [1, 1, 0])
            #expect(page.status == .ok)
            #expect(page.body.string.contains("One seat left"))
            #expect(page.body.string.contains("<td>Nia Mentor</td><td>2</td>"))
            #expect(!page.body.string.contains("<td>Tom Mentee</td>"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func participantsGet403AndAnotherOrganisation404(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let other = try await fixtures.organisation("Other")
            let otherAdmin = try await fixtures.user(in: other, name: "Olga Admin", role: .admin)
            // act
            let participant = try await fixtures.client(signedInAs: scene.mentor).api(.GET, "/api/v1/programmes/\(scene.programmeID)/load")
            let outsider = try await fixtures.client(signedInAs: otherAdmin).api(.GET, "/api/v1/programmes/\(scene.programmeID)/load")
            let outsiderPage = try await fixtures.client(signedInAs: otherAdmin).get("/programmes/\(scene.programmeID)/load")
            // assert
            #expect(participant.status == .forbidden)
            #expect(outsider.status == .notFound)
            #expect(outsiderPage.status == .notFound)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theLoadViewCostsTheSameQueriesForThreeMentorsAsForThirty(db: TestDB) async throws {
        var counts: [Int] = []
        for rows in [3, 30] {
            try await withApp(db, settings: { $0.recordQueryCounts = true }) { app in
                // arrange
                let (_, programme) = try await QueryCountTests.seed(app, rows: rows)
                let admin = try await Fixtures(app: app).user(in: try #require(try await Organisation.query(on: app.db).first()),
                                                              name: "Ada Admin", role: .admin)
                // act
                let page = try await Fixtures(app: app).client(signedInAs: admin).get("/programmes/\(try programme.requireID())/load")
                // assert
                #expect(page.status == .ok)
                counts.append(QueryCountTests.count(page))
            }
        }
        #expect(counts[0] > 0 && counts[0] == counts[1])
    }
}
