import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Mentoring agreement: propose, confirm, edit")
struct AgreementFlowTests {
    @Test(arguments: TestDB.enabled)
    func oneProposesTheOtherConfirmsAndItsCadenceBecomesThePairs(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await AgreementScene.make(Fixtures(app: app))
            let before = try await s.read(by: s.mentor)
            // act
            let proposed = try await s.propose(AgreementScene.draft(cadence: "weekly", hopes: [
                MemberHopesDraft(userID: s.w.mentor.id!.uuidString, gives: "Ten years of release management", gets: "How juniors learn today"),
            ]), by: s.mentor)
            let menteeView = try await s.read(by: s.mentee)
            let cadenceWhileProposed = try await s.w.relationship().cadence
            let confirmed = try await s.confirm(1, by: s.mentee)
            let after = try await s.read(by: s.mentor)
            // assert
            #expect(before.state == "none")
            #expect(before.suggested?.cadence == "fortnightly", "a first proposal starts from Tandem's default template")
            #expect(proposed.status == .ok)
            #expect(try proposed.json(AgreementResponse.self).state == "proposed")
            #expect(try proposed.json(AgreementResponse.self).awaitingYou == false, "proposing confirms it for the proposer")
            #expect(menteeView.awaitingYou)
            #expect(menteeView.current?.hopes.first { $0.userID == s.w.mentor.id }?.gives == "Ten years of release management")
            #expect(cadenceWhileProposed == .fortnightly, "only an agreement in force sets the cadence")
            #expect(confirmed.status == .ok)
            #expect(after.state == "in_force")
            #expect(after.inForce)
            #expect(after.confirmations.filter { !$0.confirmed }.isEmpty)
            #expect(try await s.w.relationship().cadence == .weekly)
            #expect(try await s.notifications(.agreementProposed, for: s.w.mentee) == 1)
            #expect(try await s.notifications(.agreementInForce, for: s.w.mentor) == 1)
            #expect(try await s.notifications(.agreementProposed, for: s.w.mentor) == 0, "the proposer is not told of their own proposal")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "agreement.in_force").count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func anEditAfterConfirmationNeedsReconfirmationAndShowsWhatChanged(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: in force at weekly
            let s = try await AgreementScene.make(Fixtures(app: app))
            try await s.propose(AgreementScene.draft(cadence: "weekly"), by: s.mentor)
            try await s.confirm(1, by: s.mentee)
            // act: the mentee changes the cadence and the feedback
            let edited = try await s.propose(AgreementScene.draft(cadence: "monthly", feedback: "A short retro every month."), by: s.mentee)
            let mentorView = try await s.read(by: s.mentor)
            let cadenceMeanwhile = try await s.w.relationship().cadence
            let page = try await s.mentor.get(s.page)
            try await s.confirm(2, by: s.mentor)
            let settled = try await s.read(by: s.mentor)
            // assert
            #expect(try edited.json(AgreementResponse.self).state == "needs_reconfirmation")
            #expect(mentorView.current?.number == 2)
            #expect(mentorView.awaitingYou)
            #expect(mentorView.changedSinceVersion == 1)
            #expect(mentorView.changedFields == ["cadence", "feedback"])
            #expect(cadenceMeanwhile == .weekly, "the version in force keeps the cadence until everyone confirms the edit")
            #expect(page.body.string.contains("Changed since you confirmed version 1"))
            #expect(page.body.string.contains("How often you meet"))
            #expect(page.body.string.contains("Confirm version 2"))
            #expect(settled.state == "in_force")
            #expect(settled.changedFields.isEmpty)
            #expect(try await s.w.relationship().cadence == .monthly)
            #expect(try await s.notifications(.agreementProposed, for: s.w.mentor) == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func confirmingAnOlderVersionIsAConflictAndAnUnchangedEditMakesNoVersion(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: version 1 proposed, then edited to version 2 before the mentee confirmed
            let s = try await AgreementScene.make(Fixtures(app: app))
            try await s.propose(AgreementScene.draft(), by: s.mentor)
            try await s.propose(AgreementScene.draft(format: "in_person"), by: s.mentor)
            // act
            let stale = try await s.confirm(1, by: s.mentee)
            let same = try await s.propose(AgreementScene.draft(format: "in_person"), by: s.mentor)
            let again = try await s.confirm(2, by: s.mentor)
            // assert
            #expect(stale.status == .conflict)
            #expect(stale.errorCode == "agreement.stale_version")
            #expect(try await AgreementConfirmation.query(on: app.db).count() == 2, "nothing recorded for the stale confirmation")
            #expect(try same.json(AgreementResponse.self).current?.number == 2)
            #expect(try await AgreementVersion.query(on: app.db).count() == 2)
            #expect(again.status == .ok, "confirming your own version again changes nothing")
            #expect(try await AgreementConfirmation.query(on: app.db).count() == 2)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aCircleOfThreeIsInForceOnlyWhenEveryMemberConfirmed(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let circle = try await CircleScene.make(fixtures)
            let api = "\(circle.api)/agreement"
            let mentor = try await fixtures.client(signedInAs: circle.mentor)
            let clients = [mentor] + (try await circle.mentees.asyncMap { try await fixtures.client(signedInAs: $0) })
            // act
            try await mentor.api(.PUT, api, json: AgreementScene.draft())
            try await clients[1].api(.POST, "\(api)/confirm", json: AgreementAPI.ConfirmBody(version: 1))
            try await clients[2].api(.POST, "\(api)/confirm", json: AgreementAPI.ConfirmBody(version: 1))
            let partial = try await AgreementStates.of([circle.circleID], on: app.db)[circle.circleID]
            let leave = try await clients[3].post("\(circle.page)/leave", form: ["confirm": "yes"])
            let afterLeaving = try await AgreementStates.of([circle.circleID], on: app.db)[circle.circleID]
            // assert
            #expect(partial == .proposed, "three of four members confirmed")
            #expect(leave.status == .seeOther)
            #expect(afterLeaving == .inForce, "the member who left is no longer awaited")
            #expect(try await Self.read(mentor, api).inForce)
        }
    }

    static func read(_ client: TestClient, _ api: String) async throws -> AgreementResponse {
        try await client.api(.GET, api).json(AgreementResponse.self)
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
