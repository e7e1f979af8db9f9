import Foundation
import Testing
@testable import TandemCore

@Suite struct AgreementDraftTests {
    static let mentor = UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!
    static let mentee = UUID(uuidString: "00000000-0000-0000-0000-0000000000b2")!
    static let today = day("2026-03-10")

    static func draft(cadence: String = "fortnightly", customDays: String = "", format: String = "video",
                      hopes: [MemberHopesDraft] = [], confidentiality: String = "Stays between us.",
                      feedback: String = "Five minutes at the end.", reviewOn: String = "2026-06-10") -> AgreementDraft {
        AgreementDraft(cadence: cadence, customDays: customDays, format: format, hopes: hopes,
                       confidentiality: confidentiality, feedback: feedback, reviewOn: reviewOn)
    }

    @Test func acceptsAFullAgreementAndTrimsIt() throws {
        // arrange
        let draft = Self.draft(cadence: "custom", customDays: "10", hopes: [
            MemberHopesDraft(userID: Self.mentor.uuidString.lowercased(), gives: " Experience ", gets: "A fresh view"),
            MemberHopesDraft(userID: Self.mentee.uuidString, gives: "", gets: ""),
        ], confidentiality: "  Stays between us.  ")
        // act
        let terms = try draft.validate(members: [Self.mentor, Self.mentee], today: Self.today)
        // assert
        #expect(terms.rhythm == CheckInRhythm(cadence: .custom, customDays: 10))
        #expect(terms.format == .video)
        #expect(terms.hopes(of: Self.mentor) == MemberHopes(gives: "Experience", gets: "A fresh view"))
        #expect(terms.hopes[Self.mentee] == nil, "blank hopes are not stored")
        #expect(terms.confidentiality == "Stays between us.")
        #expect(terms.reviewOn == day("2026-06-10"))
    }

    @Test(arguments: [
        (draft(cadence: ""), ["cadence"]),
        (draft(cadence: "custom", customDays: "0"), ["custom_days"]),
        (draft(format: "carrier_pigeon"), ["format"]),
        (draft(confidentiality: "   "), ["confidentiality"]),
        (draft(feedback: ""), ["feedback"]),
        (draft(confidentiality: String(repeating: "a", count: 1_001)), ["confidentiality"]),
        (draft(feedback: String(repeating: "😀", count: 1_000)), []),
        (draft(reviewOn: ""), ["review_on"]),
        (draft(reviewOn: "10/06/2026"), ["review_on"]),
        // Boundaries: today is not after today; tomorrow is; two years ahead is the last day allowed.
        (draft(reviewOn: "2026-03-10"), ["review_on"]),
        (draft(reviewOn: "2026-03-11"), []),
        (draft(reviewOn: day("2026-03-10").adding(days: 730).iso), []),
        (draft(reviewOn: day("2026-03-10").adding(days: 731).iso), ["review_on"]),
        (draft(cadence: "", format: "", confidentiality: "", feedback: "", reviewOn: ""),
         ["cadence", "confidentiality", "feedback", "format", "review_on"]),
    ])
    func reportsEachBadField(draft: AgreementDraft, fields: [String]) {
        #expect(failedFields { _ = try draft.validate(members: [Self.mentor, Self.mentee], today: Self.today) } == fields)
    }

    @Test func limitsEachMembersHopesAndNamesTheFieldByMember() {
        // arrange
        let long = String(repeating: "x", count: AgreementTerms.maxHopeLength + 1)
        let draft = Self.draft(hopes: [MemberHopesDraft(userID: Self.mentee.uuidString, gives: "ok", gets: long)])
        // act
        let fields = failedFields { _ = try draft.validate(members: [Self.mentor, Self.mentee], today: Self.today) }
        // assert
        #expect(fields == ["gets[\(Self.mentee.uuidString.lowercased())]"])
    }

    @Test func refusesHopesForSomeoneOutsideTheRelationship() {
        // arrange: a member who left the circle, or a made-up id
        let stranger = UUID()
        let draft = Self.draft(hopes: [MemberHopesDraft(userID: stranger.uuidString, gives: "Anything")])
        // act
        let fields = failedFields { _ = try draft.validate(members: [Self.mentor, Self.mentee], today: Self.today) }
        // assert
        #expect(fields == ["hopes"])
    }

    @Test func decodesNumbersAndMissingKeysFromJSON() throws {
        // arrange
        let json = #"{"cadence":"custom","custom_days":9,"hopes":[{"user_id":"\#(Self.mentor)","gives":"Time"}]}"#
        // act
        let draft = try JSONDecoder().decode(AgreementDraft.self, from: Data(json.utf8))
        // assert
        #expect(draft.customDays == "9")
        #expect(draft.hopes(of: Self.mentor.uuidString).gives == "Time")
        #expect(draft.format == "")
    }

    @Test func termsRoundTripThroughTheirDraft() throws {
        // arrange
        let terms = try Self.draft(hopes: [MemberHopesDraft(userID: Self.mentee.uuidString, gives: "Energy", gets: "Advice")])
            .validate(members: [Self.mentor, Self.mentee], today: Self.today)
        // act
        let again = try terms.draft(members: [Self.mentor, Self.mentee]).validate(members: [Self.mentor, Self.mentee], today: Self.today)
        // assert
        #expect(again == terms)
    }
}
