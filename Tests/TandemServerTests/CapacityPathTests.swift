import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import TandemCore
@testable import TandemServer

/// A mentor's two limits, the programme's seats and their overall capacity across programmes,
/// hold on every path that makes a match (RULES.md "Capacity"). Browse, approval re-checks and
/// the 20-way accept race have their own suites; these cover the remaining paths.
@Suite("Capacity on every path")
struct CapacityPathTests {
    struct Failure: Decodable {
        struct Body: Decodable { let code: String }
        let error: Body
    }

    /// A mentor in two informal programmes with room for one mentee overall, and a mentee in each.
    struct TwoProgrammes {
        let scene: MentoringScene
        let second: Programme
        let secondMentee: User

        static func make(_ fixtures: Fixtures) async throws -> TwoProgrammes {
            let scene = try await MentoringScene.make(fixtures)
            let second = try await fixtures.programme(in: scene.org, name: "Second programme")
            try await fixtures.enrol(scene.mentor, in: second, as: .mentor)
            let secondMentee = try await fixtures.user(in: scene.org, name: "Sam Second")
            try await MatchingTests.wants(secondMentee, "Swift:2", on: fixtures.app)
            try await fixtures.enrol(secondMentee, in: second, as: .mentee)
            let profile = try await fixtures.profile(of: scene.mentor)
            profile.mentorCapacity = 1
            try await profile.save(on: fixtures.app.db)
            return TwoProgrammes(scene: scene, second: second, secondMentee: secondMentee)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aMentorFullElsewhereLeavesRecommendationsAndRefusesRequests(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: Sam's first look fills the second programme's scores cache while the mentor has room
            let fixtures = Fixtures(app: app)
            let t = try await TwoProgrammes.make(fixtures)
            let sam = try await fixtures.client(signedInAs: t.secondMentee)
            let recommendations = "/api/v1/programmes/\(try t.second.requireID())/recommendations?k=5"
            let before = try await sam.get(recommendations).content.decode(MatchingTests.Recommendations.self).items
            let first = try await fixtures.request(from: t.scene.mentee, to: t.scene.mentor, in: t.scene.programme)
            let late = try await fixtures.request(from: t.secondMentee, to: t.scene.mentor, in: t.second)

            // act: the mentor's one overall seat goes in the first programme
            let accepted = try await fixtures.client(signedInAs: t.scene.mentor).api(.POST, "/api/v1/requests/\(try first.requireID())/accept")
            let after = try await sam.get(recommendations).content.decode(MatchingTests.Recommendations.self).items
            let refused = try await fixtures.client(signedInAs: t.scene.mentor).api(.POST, "/api/v1/requests/\(try late.requireID())/accept")

            // assert
            #expect(accepted.status == .ok)
            #expect(before.contains { $0.name == "Maya Mentor" })
            #expect(!after.contains { $0.name == "Maya Mentor" })
            #expect(refused.status == .conflict)
            #expect(try refused.content.decode(Failure.self).error.code == "capacity.full")
            #expect(try await fixtures.profile(of: t.scene.mentor).mentorSeatsUsed == 1)
            #expect(try await Enrolment.query(on: app.db).filter(\.$programme.$id == t.second.requireID())
                .filter(\.$role == .mentor).first()?.seatsUsed == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aMatchRunLeavesOutAMentorWithNoRoomOverall(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: two mentors in a cohort; Ola's overall capacity is used up elsewhere
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let programme = try await MatchingTests.matchingPhaseProgramme(fixtures, org: org)
            let ola = try await fixtures.user(in: org, name: "Ola Full", skills: "SQL:3")
            let pia = try await fixtures.user(in: org, name: "Pia Free", skills: "SQL:3")
            for mentor in [ola, pia] { try await fixtures.enrol(mentor, in: programme, as: .mentor, capacity: 2) }
            try await Profile.query(on: app.db).filter(\.$userID == ola.requireID()).set(\.$mentorSeatsUsed, to: 2).update()
            for name in ["Ann", "Bob"] {
                let mentee = try await fixtures.user(in: org, name: name)
                try await MatchingTests.wants(mentee, "SQL:2", on: app)
                try await fixtures.enrol(mentee, in: programme, as: .mentee)
            }

            // act
            try await fixtures.client(signedInAs: admin).post("/programmes/\(try programme.requireID())/matching/runs", form: ["objective": "coverage"])
            let run = try await MatchingTests.waitForRun(app)

            // assert: both mentees go to Pia, who has two seats; Ola gets nobody
            let pairs = try #require(MatchRunner.proposal(of: run)).pairs
            #expect(pairs.count == 2)
            #expect(pairs.allSatisfy { $0.mentorID == pia.id })
        }
    }

    @Test(arguments: TestDB.enabled)
    func aPeerPoolRunLeavesOutAPeerWithNoRoomOverall(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: four peers in a co-mentoring cohort; Dee's overall capacity is used up elsewhere
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let programme = try await MatchingTests.matchingPhaseProgramme(fixtures, org: org, type: .coMentoring)
            var dee: User?
            for (name, offers, wants) in [("Ana", "SQL:3", "Speaking:2"), ("Ben", "Speaking:3", "SQL:2"),
                                          ("Cy", "Excel:3", "SQL:2"), ("Dee", "SQL:3", "Excel:2")] {
                let person = try await fixtures.user(in: org, name: name, skills: offers)
                try await MatchingTests.wants(person, wants, on: app)
                try await fixtures.enrol(person, in: programme, as: .peer)
                if name == "Dee" { dee = person }
            }
            let deeID = try #require(dee?.id)
            try await Profile.query(on: app.db).filter(\.$userID == deeID).set(\.$mentorSeatsUsed, to: 2).update()

            // act
            try await fixtures.client(signedInAs: admin).post("/programmes/\(try programme.requireID())/matching/runs", form: ["objective": "coverage"])
            let run = try await MatchingTests.waitForRun(app)

            // assert: Dee is in no pair, and the others are
            let proposal = try #require(MatchRunner.proposal(of: run))
            let matched = Set(proposal.pairs.flatMap { [$0.menteeID, $0.mentorID] } + (proposal.trio.map { [$0.thirdID] } ?? []))
            #expect(!matched.contains(deeID))
            #expect(matched.count >= 2)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aCircleStopsAtTheMentorsOverallCapacityEvenWithSeatsLeftInIt(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a circle of up to 4, but the mentor has room for 2 overall
            let fixtures = Fixtures(app: app)
            let scene = try await MentoringScene.make(fixtures, type: .group, capacity: 4)
            let profile = try await fixtures.profile(of: scene.mentor)
            profile.mentorCapacity = 2
            try await profile.save(on: app.db)
            var requests = [try await fixtures.request(from: scene.mentee, to: scene.mentor, in: scene.programme)]
            for name in ["Una", "Vic"] {
                let mentee = try await fixtures.user(in: scene.org, name: name)
                try await fixtures.enrol(mentee, in: scene.programme, as: .mentee)
                requests.append(try await fixtures.request(from: mentee, to: scene.mentor, in: scene.programme))
            }
            let mentor = try await fixtures.client(signedInAs: scene.mentor)

            // act
            var statuses: [HTTPStatus] = []
            for request in requests { statuses.append(try await mentor.api(.POST, "/api/v1/requests/\(try request.requireID())/accept").status) }

            // assert: one circle of two mentees; the third is refused and holds nothing
            #expect(statuses == [.ok, .ok, .conflict])
            #expect(try await Relationship.query(on: app.db).count() == 1)
            #expect(try await RelationshipMember.query(on: app.db).filter(\.$role == .mentee).count() == 2)
            #expect(try await fixtures.profile(of: scene.mentor).mentorSeatsUsed == 2)
            #expect(try await Enrolment.query(on: app.db).filter(\.$role == .mentor).first()?.seatsUsed == 2)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aPeerWithNoRoomOverallCannotAcceptAPeerRequest(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a co-mentoring programme; Ben's overall capacity is used up elsewhere
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let programme = try await fixtures.programme(in: org, name: "Exchange", type: .coMentoring, capacity: 2)
            let ana = try await fixtures.user(in: org, name: "Ana Peer")
            let ben = try await fixtures.user(in: org, name: "Ben Peer")
            for peer in [ana, ben] { try await fixtures.enrol(peer, in: programme, as: .peer) }
            let request = try await fixtures.request(from: ana, to: ben, in: programme)
            try await Profile.query(on: app.db).filter(\.$userID == ben.requireID()).set(\.$mentorSeatsUsed, to: 2).update()

            // act
            let refused = try await fixtures.client(signedInAs: ben).api(.POST, "/api/v1/requests/\(try request.requireID())/accept")

            // assert
            #expect(refused.status == .conflict)
            #expect(try refused.content.decode(Failure.self).error.code == "capacity.full")
            #expect(try await Relationship.query(on: app.db).count() == 0)
            #expect(try await Enrolment.query(on: app.db).filter(\.$user.$id == ben.requireID()).first()?.seatsUsed == 0)
        }
    }
}
