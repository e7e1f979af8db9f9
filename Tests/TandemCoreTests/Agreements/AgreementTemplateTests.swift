import Foundation
import Testing
@testable import TandemCore

@Suite struct AgreementTemplateTests {
    @Test func theDefaultIsAValidFirstProposal() throws {
        // arrange
        let members = [UUID(), UUID()]
        let today = day("2026-02-27")
        // act
        let draft = AgreementTemplate.tandemDefault.firstDraft(members: members, today: today)
        let terms = try draft.validate(members: members, today: today)
        // assert
        #expect(terms.rhythm.cadence == .fortnightly)
        #expect(terms.reviewOn == day("2026-05-28"), "90 days later")
        #expect(draft.hopes.map(\.userID) == members.map(\.uuidString), "one blank entry per member")
        #expect(terms.confidentiality.count <= AgreementTerms.maxTextLength)
        #expect(terms.feedback.contains("both of us"), "the default is two-way")
    }

    @Test func theDefaultRoundTripsThroughItsDraft() throws {
        #expect(try AgreementTemplateDraft(AgreementTemplate.tandemDefault).validate() == AgreementTemplate.tandemDefault)
    }

    @Test(arguments: [
        (AgreementTemplateDraft(cadence: "weekly", format: "call", confidentiality: "c", feedback: "f", reviewAfterDays: "7"), [String]()),
        (AgreementTemplateDraft(cadence: "weekly", format: "call", confidentiality: "c", feedback: "f", reviewAfterDays: "6"), ["review_after_days"]),
        (AgreementTemplateDraft(cadence: "weekly", format: "call", confidentiality: "c", feedback: "f", reviewAfterDays: "730"), []),
        (AgreementTemplateDraft(cadence: "weekly", format: "call", confidentiality: "c", feedback: "f", reviewAfterDays: "731"), ["review_after_days"]),
        (AgreementTemplateDraft(cadence: "custom", customDays: "", format: "call", confidentiality: "c", feedback: "f", reviewAfterDays: "30"), ["custom_days"]),
        (AgreementTemplateDraft(), ["cadence", "confidentiality", "feedback", "format", "review_after_days"]),
    ])
    func validatesEachField(draft: AgreementTemplateDraft, fields: [String]) {
        #expect(failedFields { _ = try draft.validate() } == fields)
    }
}
