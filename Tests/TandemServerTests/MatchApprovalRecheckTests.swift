import Fluent
import Foundation
import SQLKit
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// Approval re-checks each pair against what changed since the solve: it creates the pairs that
/// still hold, lists the others, and never half-applies a pair.
@Suite("Match approval after changes")
struct MatchApprovalRecheckTests {
    @Test(arguments: TestDB.enabled)
    func approvalCreatesWhatStillHoldsAndListsTheRest(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: four mentors with one seat each and four mentees, solved into four pairs
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let programme = try await MatchingTests.matchingPhaseProgramme(fixtures, org: org)
            for name in ["One", "Two", "Three", "Four"] {
                let mentor = try await fixtures.user(in: org, name: "Mentor \(name)", skills: "SQL:3")
                try await fixtures.enrol(mentor, in: programme, as: .mentor, capacity: 1)
            }
            for name in ["Ann", "Bob", "Cy", "Dee"] {
                let mentee = try await fixtures.user(in: org, name: name)
                try await MatchingTests.wants(mentee, "SQL:2", on: app)
                try await fixtures.enrol(mentee, in: programme, as: .mentee)
            }
            let browser = try await fixtures.client(signedInAs: admin)
            let pid = try programme.requireID()
            try await browser.post("/programmes/\(pid)/matching/runs", form: ["objective": "coverage"])
            let run = try await MatchingTests.waitForRun(app)
            let pairs = try #require(MatchRunner.proposal(of: run)).pairs.sorted { $0.menteeName < $1.menteeName }
            try #require(pairs.map(\.menteeName) == ["Ann", "Bob", "Cy", "Dee"])
            // after the solve: Ann is deactivated, Bob leaves the programme, and Cy's mentor fills
            // their last personal seat elsewhere (the programme seat is still free, so only the
            // second claim of that pair fails)
            try await User.query(on: app.db).filter(\.$id == pairs[0].menteeID).set(\.$isActive, to: false).update()
            try await Enrolment.query(on: app.db).filter(\.$user.$id == pairs[1].menteeID).set(\.$status, to: .left).update()
            try await Profile.query(on: app.db).filter(\.$userID == pairs[2].mentorID).set(\.$mentorSeatsUsed, to: 2).update()

            // act
            let approved = try await browser.post("/programmes/\(pid)/matching/runs/\(try run.requireID())/approve", form: [:])
            let page = try await browser.get(approved.location)

            // assert: Dee's pair is created; the three others are listed with their reasons
            #expect(approved.status == .seeOther)
            #expect(approved.location.contains("/matching/runs/\(try run.requireID())"))
            #expect(try await Relationship.query(on: app.db).count() == 1)
            let members = try await RelationshipMember.query(on: app.db).all().map(\.$user.id)
            #expect(Set(members) == [pairs[3].menteeID, pairs[3].mentorID])
            let body = page.body.string
            #expect(body.contains("Left out at approval"))
            #expect(body.contains("Ann is no longer active or enrolled"))
            #expect(body.contains("Bob is no longer active or enrolled"))
            #expect(body.contains("<strong>Cy and \(pairs[2].mentorName)</strong>: No free seat"))
            #expect(!body.contains("<strong>Dee and"))
            // nothing half-applied: Cy's mentor kept their programme seat free
            let seats = try await Enrolment.query(on: app.db).filter(\.$role == .mentor).all()
            let seatOf = Dictionary(uniqueKeysWithValues: seats.map { ($0.$user.id, $0.seatsUsed) })
            #expect(seatOf[pairs[2].mentorID] == 0)
            #expect(seatOf[pairs[3].mentorID] == 1)
            #expect(seatOf[pairs[0].mentorID] == 0)
            #expect(try await fixtures.profile(of: try #require(try await User.find(pairs[2].mentorID, on: app.db))).mentorSeatsUsed == 2)
            #expect(try await MatchRun.find(run.id, on: app.db)?.status == .approved)
            #expect(try await fixtures.auditCount("match.approved") == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aTriosThirdMatchedSinceIsLeftOutAndThePairStillMade(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: three peers, solved into a pair plus a trio's third
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let programme = try await fixtures.programme(in: org, name: "Exchange", type: .coMentoring, capacity: 1)
            for (name, offers, wants) in [("Ana", "SQL:3", "Speaking:2"), ("Ben", "Speaking:3", "SQL:2"), ("Cy", "Excel:3", "SQL:2")] {
                let person = try await fixtures.user(in: org, name: name, skills: offers)
                try await MatchingTests.wants(person, wants, on: app)
                try await fixtures.enrol(person, in: programme, as: .peer)
            }
            let browser = try await fixtures.client(signedInAs: admin)
            let pid = try programme.requireID()
            try await browser.post("/programmes/\(pid)/matching/runs", form: ["objective": "score", "allow_trio": "on"])
            let run = try await MatchingTests.waitForRun(app)
            let proposal = try #require(MatchRunner.proposal(of: run))
            let trio = try #require(proposal.trio)
            // after the solve the third person is put in an active relationship of this programme
            let elsewhere = Relationship(organisationID: try org.requireID(), programmeID: pid, startedAt: Date())
            try await elsewhere.create(on: app.db)
            try await RelationshipMember(organisationID: try org.requireID(), relationshipID: try elsewhere.requireID(),
                                         userID: trio.thirdID, role: .peer).create(on: app.db)

            // act
            let approved = try await browser.post("/programmes/\(pid)/matching/runs/\(try run.requireID())/approve", form: [:])
            let page = try await browser.get(approved.location).body.string

            // assert: the pair exists without the third, whose seat was not claimed
            #expect(approved.status == .seeOther)
            let pair = try #require(try await Relationship.query(on: app.db).filter(\.$id != elsewhere.requireID()).first())
            let members = try await RelationshipMember.query(on: app.db).filter(\.$relationship.$id == pair.requireID()).all()
            #expect(Set(members.map(\.$user.id)) == [trio.pairFirstID, trio.pairSecondID])
            #expect(page.contains("\(trio.thirdName) was matched since this run."))
            #expect(try await Enrolment.query(on: app.db).filter(\.$user.$id == trio.thirdID).first()?.seatsUsed == 0)
        }
    }
}
