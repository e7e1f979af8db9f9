import Fluent
import Foundation
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

@Suite("Recommendations and admin match runs")
struct MatchingTests {
    struct Recommendation: Decodable {
        struct Reason: Decodable { let sentence: String }
        let name: String
        let score: Int
        let reasons: [Reason]
    }
    struct Recommendations: Decodable { let items: [Recommendation] }

    /// A formal programme whose matching phase started yesterday.
    static func matchingPhaseProgramme(_ fixtures: Fixtures, org: Organisation, type: ProgrammeType = .oneToOne) async throws -> Programme {
        let days = [-10, -1, 10, 20, 30].map { Fixtures.isoDay(offset: $0, timeZone: org.timeZone) }
        let programme = Programme(organisationID: try org.requireID())
        programme.apply(try ProgrammeDraft(name: "Cohort", description: "", type: type.rawValue, mode: "formal", defaultCapacity: "2",
                                           enrolmentStarts: days[0], matchingStarts: days[1], activeStarts: days[2],
                                           closingStarts: days[3], endsOn: days[4]).validate())
        try await programme.save(on: fixtures.app.db)
        return programme
    }

    static func waitForRun(_ app: Application) async throws -> MatchRun {
        for _ in 0..<200 {
            if let run = try await MatchRun.query(on: app.db).sort(\.$createdAt, .descending).first(),
               [.done, .failed].contains(run.status) { return run }
            try await Task.sleep(for: .milliseconds(25))
        }
        throw TestSetupError("The match run did not finish")
    }

    static func wants(_ user: User, _ skills: String, on app: Application) async throws {
        let profile = try #require(try await Profile.query(on: app.db).filter(\.$userID == user.requireID()).first())
        profile.skillsWanted = skills
        try await profile.save(on: app.db)
    }

    @Test(arguments: TestDB.enabled)
    func recommendationsAreRankedAndExplained(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let programme = try await fixtures.programme(in: org)
            let ben = try await fixtures.user(in: org, name: "Ben Mentee", skills: "Excel:1")
            try await Self.wants(ben, "SQL:2", on: app)
            let ana = try await fixtures.user(in: org, name: "Ana Expert", skills: "SQL:3")
            let cal = try await fixtures.user(in: org, name: "Cal Other", skills: "Pottery:3")
            try await fixtures.enrol(ben, in: programme, as: .mentee)
            for mentor in [ana, cal] { try await fixtures.enrol(mentor, in: programme, as: .mentor) }
            let browser = try await fixtures.client(signedInAs: ben)
            let base = "/api/v1/programmes/\(try programme.requireID())/recommendations"
            // act
            let response = try await browser.get(base + "?k=5")
            // assert
            #expect(response.status == .ok)
            let list = try response.content.decode(Recommendations.self).items
            #expect(list.first?.name == "Ana Expert")
            #expect(list.first?.reasons.contains { $0.sentence.contains("SQL") } == true)
            #expect(list.map(\.score) == list.map(\.score).sorted(by: >))
            #expect(try await browser.get(base + "?k=0").status == .unprocessableEntity)
            let page = try await browser.get("/programmes/\(try programme.requireID())/mentors")
            #expect(page.body.string.contains("Recommended for you"))
            #expect(page.body.string.contains("Why this match"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func matchRunProposesAndApprovalCreatesEveryRelationshipOnce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: 3 mentees, mentors with 1 and 2 seats
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let programme = try await Self.matchingPhaseProgramme(fixtures, org: org)
            let one = try await fixtures.user(in: org, name: "Mentor One", skills: "SQL:3")
            let two = try await fixtures.user(in: org, name: "Mentor Two", skills: "Excel:3")
            try await fixtures.enrol(one, in: programme, as: .mentor, capacity: 1)
            try await fixtures.enrol(two, in: programme, as: .mentor, capacity: 2)
            for name in ["Ann", "Bob", "Cy"] {
                let mentee = try await fixtures.user(in: org, name: name)
                try await Self.wants(mentee, "SQL:2, Excel:1", on: app)
                try await fixtures.enrol(mentee, in: programme, as: .mentee)
            }
            let browser = try await fixtures.client(signedInAs: admin)
            let pid = try programme.requireID()
            // act
            let started = try await browser.post("/programmes/\(pid)/matching/runs", form: ["objective": "coverage"])
            let run = try await Self.waitForRun(app)
            // assert: the proposal covers everyone, and approval creates the three pairs once
            #expect(started.status == .seeOther)
            #expect(run.status == .done)
            let proposal = try #require(MatchRunner.proposal(of: run))
            #expect(proposal.matched == 3)
            #expect(proposal.pairs.allSatisfy { !$0.reasons.isEmpty })
            let page = try await browser.get("/programmes/\(pid)/matching/runs/\(try run.requireID())")
            #expect(page.body.string.contains("Approve and create 3 relationships"))
            let approved = try await browser.post("/programmes/\(pid)/matching/runs/\(try run.requireID())/approve", form: [:])
            #expect(approved.status == .seeOther)
            #expect(try await Relationship.query(on: app.db).count() == 3)
            let seats = try await Enrolment.query(on: app.db).filter(\.$role == .mentor).all().map(\.seatsUsed).sorted()
            #expect(seats == [1, 2])
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "match.approved").count() == 1)
            let again = try await browser.post("/programmes/\(pid)/matching/runs/\(try run.requireID())/approve", form: [:])
            #expect(again.status == .conflict)
            #expect(try await Relationship.query(on: app.db).count() == 3)
        }
    }

    @Test(arguments: TestDB.enabled)
    func forbiddenPairIsLeftOutOfTheNextRun(db: TestDB) async throws {
        try await withApp(db) { app in
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let programme = try await Self.matchingPhaseProgramme(fixtures, org: org)
            let mentor = try await fixtures.user(in: org, name: "Mentor One", skills: "SQL:3")
            let other = try await fixtures.user(in: org, name: "Mentor Two", skills: "Excel:1")
            let mentee = try await fixtures.user(in: org, name: "Ann")
            try await Self.wants(mentee, "SQL:2", on: app)
            try await fixtures.enrol(mentor, in: programme, as: .mentor)
            try await fixtures.enrol(other, in: programme, as: .mentor)
            try await fixtures.enrol(mentee, in: programme, as: .mentee)
            let browser = try await fixtures.client(signedInAs: admin)
            let pid = try programme.requireID()
            try await browser.post("/programmes/\(pid)/matching/runs", form: ["objective": "score"])
            let first = try await Self.waitForRun(app)
            #expect(MatchRunner.proposal(of: first)?.pairs.first?.mentorID == mentor.id)
            // act: forbid that pair and re-run
            try await browser.post("/programmes/\(pid)/matching/runs", form: [
                "objective": "score", "from_run": try first.requireID().uuidString, "choice_\(try mentee.requireID())": "forbid",
            ])
            try await Task.sleep(for: .milliseconds(50))
            let second = try await Self.waitForRun(app)
            // assert
            #expect(second.id != first.id)
            #expect(MatchRunner.proposal(of: second)?.pairs.first?.mentorID == other.id)
        }
    }

    @Test(arguments: TestDB.enabled)
    func participantsCannotRunMatches(db: TestDB) async throws {
        try await withApp(db) { app in
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let programme = try await Self.matchingPhaseProgramme(fixtures, org: org)
            let ben = try await fixtures.user(in: org, name: "Ben")
            let browser = try await fixtures.client(signedInAs: ben)
            #expect(try await browser.get("/programmes/\(try programme.requireID())/matching").status == .forbidden)
            let run = try await browser.post("/programmes/\(try programme.requireID())/matching/runs", form: ["objective": "score"])
            #expect(run.status == .forbidden)
            #expect(try await MatchRun.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func coMentoringPoolIsPairedAndApproved(db: TestDB) async throws {
        try await withApp(db) { app in
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let programme = try await fixtures.programme(in: org, name: "Exchange", type: .coMentoring, capacity: 1)
            for (name, offers, wants) in [("Ana", "SQL:3", "Speaking:2"), ("Ben", "Speaking:3", "SQL:2"),
                                          ("Cy", "Excel:3", "Design:2"), ("Di", "Design:3", "Excel:2")] {
                let person = try await fixtures.user(in: org, name: name, skills: offers)
                try await Self.wants(person, wants, on: app)
                try await fixtures.enrol(person, in: programme, as: .peer)
            }
            let browser = try await fixtures.client(signedInAs: admin)
            let pid = try programme.requireID()
            try await browser.post("/programmes/\(pid)/matching/runs", form: ["objective": "score"])
            let run = try await Self.waitForRun(app)
            let proposal = try #require(MatchRunner.proposal(of: run))
            let pairs = Set(proposal.pairs.map { Set([$0.menteeName, $0.mentorName]) })
            #expect(pairs == [Set(["Ana", "Ben"]), Set(["Cy", "Di"])])
            #expect(proposal.pairs.allSatisfy { pair in pair.reasons.contains { $0.sentence.contains("can teach") } })
            let approved = try await browser.post("/programmes/\(pid)/matching/runs/\(try run.requireID())/approve", form: [:])
            #expect(approved.status == .seeOther)
            let members = try await RelationshipMember.query(on: app.db).all()
            #expect(members.count == 4)
            #expect(members.allSatisfy { $0.role == .peer })
            #expect(try await Relationship.query(on: app.db).count() == 2)
        }
    }

    @Test(arguments: TestDB.enabled)
    func peersSeeRankedTwoWayRecommendations(db: TestDB) async throws {
        try await withApp(db) { app in
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let programme = try await fixtures.programme(in: org, name: "Exchange", type: .coMentoring, capacity: 1)
            let ana = try await fixtures.user(in: org, name: "Ana", skills: "SQL:3")
            try await Self.wants(ana, "Speaking:2", on: app)
            let ben = try await fixtures.user(in: org, name: "Ben", skills: "Speaking:3")
            try await Self.wants(ben, "SQL:2", on: app)
            let cy = try await fixtures.user(in: org, name: "Cy", skills: "Pottery:1")
            for person in [ana, ben, cy] { try await fixtures.enrol(person, in: programme, as: .peer) }
            let browser = try await fixtures.client(signedInAs: ana)
            let response = try await browser.get("/api/v1/programmes/\(try programme.requireID())/recommendations?k=5")
            let list = try response.content.decode(Recommendations.self).items
            #expect(list.first?.name == "Ben")
            #expect(list.first?.reasons.contains { $0.sentence.contains("can teach") } == true)
            #expect(!list.contains { $0.name == "Ana" })
        }
    }
}
