import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

/// An admin closes a relationship or a whole circle from the programme page or the API, with a
/// reason for the audit log, releasing each seat once.
@Suite("Admins closing relationships")
struct AdminCloseTests {
    static func admin(of scene: CircleScene) async throws -> User {
        let org = try #require(try await Organisation.find(scene.programme.organisationID, on: scene.app.db))
        return try await scene.fixtures.user(in: org, name: "Ada Admin", role: .admin)
    }

    static func closePath(_ scene: CircleScene) -> String {
        "/programmes/\(scene.programme.id!)/relationships/\(scene.circleID)/close"
    }

    @Test(arguments: TestDB.enabled)
    func anAdminClosesAWholeCircleFromTheProgrammePage(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a circle of a mentor and three mentees
            let fixtures = Fixtures(app: app)
            let scene = try await CircleScene.make(fixtures)
            let admin = try await fixtures.client(signedInAs: try await Self.admin(of: scene))
            let programmePage = "/programmes/\(scene.programme.id!)"
            #expect(try await scene.circleSeats() == 3)
            #expect(try await scene.personalSeats() == 4)
            // act
            let before = try await admin.get(programmePage).body.string
            let confirm = try await admin.get(Self.closePath(scene))
            let blank = try await admin.post(Self.closePath(scene), form: ["reason": "  "])
            let closed = try await admin.post(Self.closePath(scene), form: ["reason": "The mentor moved to another team."])
            let after = try await admin.get(programmePage).body.string
            // assert
            #expect(before.contains("Active relationships") && before.contains(Self.closePath(scene)))
            #expect(before.contains("Maria Mentor (mentor)") && before.contains("Ann (mentee)"))
            #expect(confirm.status == .ok && confirm.body.string.contains("for the whole circle"))
            #expect(blank.status == .unprocessableEntity && blank.body.string.contains("Say briefly why"))
            #expect(closed.status == .seeOther)
            #expect(closed.headers.first(name: .location)?.contains("notice=relationship-closed-by-admin") == true)
            #expect(try await Relationship.find(scene.circleID, on: app.db)?.status == .closed)
            #expect(try await scene.circleSeats() == 0)
            #expect(try await scene.personalSeats() == 1)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "relationship.closed_by_admin").all()
            #expect(audit.count == 1 && audit.first?.details == "The mentor moved to another team.")
            #expect(try await fixtures.auditCount("relationship.closed") == 1)
            #expect(!after.contains(Self.closePath(scene)))
        }
    }

    @Test(arguments: TestDB.enabled)
    func closesAtTheSameMomentReleaseEachSeatOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let scene = try await CircleScene.make(fixtures)
            let admin = try await fixtures.client(signedInAs: try await Self.admin(of: scene))
            let mentor = try await fixtures.client(signedInAs: scene.mentor)
            let adminToken = try await admin.csrfToken(), mentorToken = try await mentor.csrfToken()
            let path = Self.closePath(scene), api = "/api/v1\(Self.closePath(scene))", mentorPath = "\(scene.page)/close"
            // act: two admin closes (page and API) and the mentor's own close at once
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                group.addTask { try await admin.post(path, form: ["reason": "Duplicate pair"], csrf: adminToken).status }
                group.addTask { try await admin.api(.POST, api, json: ["reason": "Duplicate pair"]).status }
                group.addTask { try await mentor.post(mentorPath, form: ["learned": "Patience"], csrf: mentorToken).status }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // assert
            #expect(statuses.sorted { $0.code < $1.code } == [.ok, .seeOther, .seeOther], "\(statuses)")
            #expect(try await Relationship.find(scene.circleID, on: app.db)?.status == .closed)
            #expect(try await fixtures.auditCount("relationship.closed") == 1)
            #expect(try await scene.circleSeats() == 0)
            #expect(try await scene.personalSeats() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theAPIClosesForAdminsOnly(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: an admin of another organisation, and a mentee of the circle
            let fixtures = Fixtures(app: app)
            let scene = try await CircleScene.make(fixtures)
            let admin = try await fixtures.client(signedInAs: try await Self.admin(of: scene))
            let otherOrg = try await fixtures.organisation("Elsewhere")
            let stranger = try await fixtures.client(signedInAs: try await fixtures.user(in: otherOrg, name: "Olga Admin", role: .admin))
            let mentee = try await fixtures.client(signedInAs: scene.mentees[0])
            let api = "/api/v1\(Self.closePath(scene))"
            // act
            let fromStranger = try await stranger.api(.POST, api, json: ["reason": "Not mine"])
            let strangerPage = try await stranger.get(Self.closePath(scene))
            let fromMentee = try await mentee.api(.POST, api, json: ["reason": "Let me out"])
            let menteePage = try await mentee.get(Self.closePath(scene))
            let noReason = try await admin.api(.POST, api, json: ["reason": ""])
            let unknown = try await admin.api(.POST, "/api/v1/programmes/\(scene.programme.id!)/relationships/\(UUID())/close",
                                              json: ["reason": "Gone"])
            let closed = try await admin.api(.POST, api, json: ["reason": "Programme restructured"])
            let again = try await admin.api(.POST, api, json: ["reason": "Programme restructured"])
            // assert
            #expect(fromStranger.status == .notFound && strangerPage.status == .notFound)
            #expect(fromMentee.status == .forbidden && menteePage.status == .forbidden)
            #expect(noReason.status == .unprocessableEntity)
            #expect(unknown.status == .notFound)
            #expect(closed.status == .ok)
            #expect(try closed.json(RelationshipsAPI.RelationshipResponse.self).status == "closed")
            #expect(again.status == .ok)
            #expect(try await fixtures.auditCount("relationship.closed_by_admin") == 1)
            #expect(try await scene.circleSeats() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theProgrammePageListsActiveRelationshipsAPageAtATime(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: 23 active pairs and one closed, written straight in the database
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures)
            let programmeID = scene.programmeID
            for i in 0..<24 {
                let mentee = try await fixtures.user(in: scene.org, name: "Pair mentee \(i)")
                let r = Relationship(organisationID: scene.org.id!, programmeID: programmeID,
                                     startedAt: Date().addingTimeInterval(-Double(i) * 86_400))
                if i == 0 { r.status = .closed }
                try await r.create(on: app.db)
                for (user, role) in [(scene.mentor, EnrolmentRole.mentor), (mentee, .mentee)] {
                    try await RelationshipMember(organisationID: scene.org.id!, relationshipID: r.id!, userID: user.id!, role: role)
                        .create(on: app.db)
                }
            }
            let admin = try await fixtures.client(signedInAs: scene.admin)
            let participant = try await fixtures.client(signedInAs: scene.mentee)
            // act
            let first = try await admin.get("/programmes/\(programmeID)").body.string
            let olderPath = try #require(TestClient.firstMatch(in: first, pattern: ##"href="(/programmes/[^"?]+\?relationships=[^"#]+)#relationships" rel="next""##))
            let older = try await admin.get(olderPath).body.string
            let forged = try await admin.get("/programmes/\(programmeID)?relationships=nan")
            let asParticipant = try await participant.get("/programmes/\(programmeID)").body.string
            // assert: the 20 newest active pairs, then the last three; the closed one never
            #expect(first.occurrences(of: "/close\">Close") == ProgrammeRelationships.pageSize)
            #expect(first.contains("Pair mentee 1 (mentee)") && first.contains("Pair mentee 20 (mentee)"))
            #expect(!first.contains("Pair mentee 21 (mentee)"))
            #expect(older.occurrences(of: "/close\">Close") == 3)
            #expect(older.contains("Pair mentee 23 (mentee)") && !older.contains("Pair mentee 20 (mentee)"))
            #expect(!first.contains("Pair mentee 0 (mentee)") && !older.contains("Pair mentee 0 (mentee)"))
            #expect(forged.status == .badRequest)
            #expect(!asParticipant.contains("Active relationships"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func recommendationsOfferTheFreedSeatRightAfterAnAdminClose(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a mentor with one seat, taken by Tom; Ben also wants her skills
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures, capacity: 1)
            let ben = try await fixtures.user(in: scene.org, name: "Ben Seeker")
            try await MatchingTests.wants(ben, "Swift:2", on: app)
            try await fixtures.enrol(ben, in: scene.programme, as: .mentee)
            let request = try await fixtures.request(from: scene.mentee, to: scene.mentor, in: scene.programme)
            let mentor = try await fixtures.client(signedInAs: scene.mentor)
            let accepted = try await mentor.api(.POST, "/api/v1/requests/\(request.id!)/accept")
            let relationshipID = try #require(try accepted.content.decode(RelationshipIDOnly.self).relationship_id)
            let seeker = try await fixtures.client(signedInAs: ben)
            let admin = try await fixtures.client(signedInAs: scene.admin)
            let recommendations = "/api/v1/programmes/\(scene.programmeID)/recommendations?k=5"
            // act: Ben's first look fills the scores cache while the mentor is full; then the admin closes the pair
            let whileFull = try await seeker.get(recommendations).content.decode(MatchingTests.Recommendations.self).items
            let closed = try await admin.api(.POST, "/api/v1/programmes/\(scene.programmeID)/relationships/\(relationshipID)/close",
                                             json: ["reason": "Paired by mistake"])
            let afterClose = try await seeker.get(recommendations).content.decode(MatchingTests.Recommendations.self).items
            // assert: the freed seat shows at once, not after the cache's lifetime
            #expect(closed.status == .ok)
            #expect(!whileFull.contains { $0.name == "Maya Mentor" })
            #expect(afterClose.contains { $0.name == "Maya Mentor" })
        }
    }

    struct RelationshipIDOnly: Decodable {
        let relationship_id: UUID?
    }
}
