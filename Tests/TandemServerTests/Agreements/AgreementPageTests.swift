import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Mentoring agreement: pages and the workspace's first step")
struct AgreementPageTests {
    static func form(_ s: AgreementScene, cadence: String = "weekly", feedback: String = "Honest, kind, at the end of each check-in.",
                     menteeGets: String = "Confidence in design reviews") -> [String: String] {
        ["cadence": cadence, "custom_days": "", "format": "call", "confidentiality": "Stays between us.", "feedback": feedback,
         "review_on": Fixtures.isoDay(offset: 30, timeZone: "Europe/London"),
         "gives[\(s.w.mentee.id!.uuidString.lowercased())]": "A fresh view",
         "gets[\(s.w.mentee.id!.uuidString.lowercased())]": menteeGets]
    }

    @Test(arguments: TestDB.enabled)
    func theWorkspaceShowsTheAgreementAsTheFirstStepUntilItIsInForce(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await AgreementScene.make(Fixtures(app: app))
            // act
            let fresh = try await s.mentee.get(s.w.base)
            let proposed = try await s.mentee.post(s.page, form: Self.form(s))
            let mentorWaiting = try await s.mentor.get(s.w.base)
            let agreementPage = try await s.mentor.get(s.page)
            let confirmed = try await s.mentor.post("\(s.page)/confirm", form: ["version": "1"])
            let settled = try await s.mentor.get(s.w.base)
            // assert
            #expect(fresh.body.string.contains("Propose your agreement"))
            #expect(proposed.status == .seeOther)
            #expect(mentorWaiting.body.string.contains("Read and confirm"))
            #expect(agreementPage.body.string.contains("Confidence in design reviews"), "the mentee's own hopes are shown")
            #expect(agreementPage.body.string.contains("Confirm version 1"))
            #expect(confirmed.status == .seeOther)
            #expect(confirmed.headers.first(name: .location)?.contains("agreement-in-force") == true)
            #expect(!settled.body.string.contains("agreement-step"), "no call to action once it is in force")
            #expect(settled.body.string.contains("Agreement in force: weekly check-ins."))
        }
    }

    @Test(arguments: TestDB.enabled)
    func aBadFormComesBackWithMessagesAndWhatWasTyped(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await AgreementScene.make(Fixtures(app: app))
            let long = String(repeating: "y", count: AgreementTerms.maxHopeLength + 1)
            // act
            let response = try await s.mentee.post(s.page, form: Self.form(s, cadence: "custom", feedback: "Typed feedback survives", menteeGets: long))
            // assert
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Say how many days apart, from 1 to 365."))
            #expect(html.contains("Keep this to 500 characters or fewer."))
            #expect(html.contains("Typed feedback survives"))
            #expect(html.contains("A fresh view"))
            #expect(try await AgreementVersion.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func confirmingAStalePageSaysItChanged(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: the mentee has version 1 open; the mentor edits it meanwhile
            let s = try await AgreementScene.make(Fixtures(app: app))
            try await s.propose(AgreementScene.draft(), by: s.mentor)
            try await s.propose(AgreementScene.draft(cadence: "monthly"), by: s.mentor)
            // act
            let response = try await s.mentee.post("\(s.page)/confirm", form: ["version": "1"])
            // assert
            #expect(response.status == .conflict)
            #expect(response.body.string.contains("changed meanwhile"))
            #expect(response.body.string.contains("Confirm version 2"))
        }
    }
}
