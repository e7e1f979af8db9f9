import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Mentoring agreement: access, validation and the programme template")
struct AgreementAccessTests {
    @Test(arguments: TestDB.enabled)
    func onlyMembersReadOrChangeIt(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: an admin and a participant of the same organisation, and someone from another
            let fixtures = Fixtures(app: app)
            let s = try await AgreementScene.make(fixtures)
            try await s.propose(AgreementScene.draft(), by: s.mentor)
            let elsewhere = try await fixtures.organisation("Elsewhere")
            let outsider = try await fixtures.client(signedInAs: try await fixtures.user(in: elsewhere, name: "Olga Outsider", role: .admin))
            let admin = try await fixtures.client(signedInAs: s.w.admin)
            let colleague = try await fixtures.client(signedInAs: try await fixtures.user(in: s.w.scene.org, name: "Cole Colleague"))
            // act, assert
            for client in [outsider, admin, colleague] {
                #expect(try await client.api(.GET, s.api).status == .notFound)
                #expect(try await s.propose(AgreementScene.draft(format: "chat"), by: client).status == .notFound)
                #expect(try await s.confirm(1, by: client).status == .notFound)
                #expect(try await client.get(s.page).status == .notFound)
            }
            #expect(try await AgreementVersion.query(on: app.db).count() == 1)
            #expect(try await AgreementConfirmation.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func aBadProposalAnswers422WithEveryField(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await AgreementScene.make(Fixtures(app: app))
            let stranger = UUID().uuidString
            // act
            let empty = try await s.mentor.rawJSON(.PUT, s.api, body: "{}")
            let bad = try await s.propose(AgreementDraft(
                cadence: "custom", customDays: "400", format: "video",
                hopes: [MemberHopesDraft(userID: stranger, gives: "Something")],
                confidentiality: String(repeating: "a", count: 1_001), feedback: "ok", reviewOn: "2020-01-01"), by: s.mentor)
            let confirmNothing = try await s.confirm(1, by: s.mentee)
            // assert
            #expect(empty.status == .unprocessableEntity)
            let fields = try empty.json(ErrorBody.self).error.fields?.map(\.field).sorted()
            #expect(fields == ["cadence", "confidentiality", "feedback", "format", "review_on"])
            #expect(bad.status == .unprocessableEntity)
            let codes = try bad.json(ErrorBody.self).error.fields?.map { "\($0.field):\($0.code)" }.sorted()
            #expect(codes == ["confidentiality:too_long", "custom_days:out_of_range", "hopes:invalid", "review_on:not_in_future"])
            #expect(confirmNothing.status == .conflict)
            #expect(confirmNothing.errorCode == "agreement.not_proposed")
            #expect(try await AgreementVersion.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: TestDB.enabled)
    func anAdminEditsTheProgrammeTemplateAndNewPairsStartFromIt(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let s = try await AgreementScene.make(fixtures)
            let programmeID = try s.w.scene.programme.requireID()
            let path = "/api/v1/programmes/\(programmeID)/agreement-template"
            let admin = try await fixtures.client(signedInAs: s.w.admin)
            let otherAdmin = try await fixtures.client(signedInAs: try await fixtures.user(
                in: try await fixtures.organisation("Elsewhere"), name: "Otto Other", role: .admin))
            let template = AgreementTemplateDraft(cadence: "monthly", format: "in_person", confidentiality: "Chatham House rules.",
                                                  feedback: "Written notes after each meeting.", reviewAfterDays: "120")
            // act
            let original = try await admin.api(.GET, path)
            let byParticipant = try await s.mentor.api(.PUT, path, json: template)
            let byOtherOrg = try await otherAdmin.api(.PUT, path, json: template)
            let invalid = try await admin.api(.PUT, path, json: AgreementTemplateDraft(cadence: "weekly", reviewAfterDays: "3"))
            let saved = try await admin.api(.PUT, path, json: template)
            let suggestion = try await s.read(by: s.mentee).suggested
            // assert
            #expect(try original.json(AgreementTemplateAPI.Response.self).isDefault)
            #expect(byParticipant.status == .forbidden)
            #expect(byOtherOrg.status == .notFound)
            #expect(invalid.status == .unprocessableEntity)
            #expect(try invalid.json(ErrorBody.self).error.fields?.map(\.field).sorted() == ["confidentiality", "feedback", "format", "review_after_days"])
            #expect(saved.status == .ok)
            #expect(try saved.json(AgreementTemplateAPI.Response.self).isDefault == false)
            #expect(suggestion?.cadence == "monthly")
            #expect(suggestion?.feedback == "Written notes after each meeting.")
            #expect(suggestion?.reviewOn == Fixtures.isoDay(offset: 120, timeZone: "Europe/London"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "agreement_template.updated").count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func theTemplatePageIsForAdminsAndKeepsWhatWasTyped(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let s = try await AgreementScene.make(fixtures)
            let page = "/programmes/\(try s.w.scene.programme.requireID())/agreement-template"
            let admin = try await fixtures.client(signedInAs: s.w.admin)
            // act
            let programme = try await admin.get("/programmes/\(try s.w.scene.programme.requireID())")
            let shown = try await admin.get(page)
            let refused = try await s.mentor.get(page)
            let invalid = try await admin.post(page, form: ["cadence": "weekly", "format": "chat", "confidentiality": "Typed words stay",
                                                            "feedback": "", "review_after_days": "90"])
            let saved = try await admin.post(page, form: ["cadence": "weekly", "format": "chat", "confidentiality": "Between us",
                                                          "feedback": "Retro monthly", "review_after_days": "90"])
            // assert
            #expect(programme.body.string.contains(page))
            #expect(shown.status == .ok)
            #expect(shown.body.string.contains("five minutes on how the mentoring is going"), "Tandem's default is shown")
            #expect(refused.status == .forbidden)
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.body.string.contains("Typed words stay"))
            #expect(invalid.body.string.contains("Suggest how pairs give each other feedback."))
            #expect(saved.status == .seeOther)
            #expect(try await Programme.find(s.w.scene.programme.id, on: app.db)?.agreementFeedback == "Retro monthly")
        }
    }
}
