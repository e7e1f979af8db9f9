import Foundation

/// A programme's starting point for its pairs' agreements. Hopes are each member's own, so the
/// template has none; the review date is a number of days after the agreement is first proposed.
public struct AgreementTemplate: Sendable, Hashable {
    public static let reviewDaysRange = 7...AgreementTerms.maxReviewDays

    public var rhythm: CheckInRhythm
    public var format: MeetingFormat
    public var confidentiality: String
    public var feedback: String
    public var reviewAfterDays: Int

    public init(rhythm: CheckInRhythm, format: MeetingFormat, confidentiality: String, feedback: String, reviewAfterDays: Int) {
        self.rhythm = rhythm
        self.format = format
        self.confidentiality = confidentiality
        self.feedback = feedback
        self.reviewAfterDays = reviewAfterDays
    }

    /// The first proposal's form values for a relationship with these members.
    public func firstDraft(members: [UUID], today: LocalDate) -> AgreementDraft {
        AgreementDraft(
            cadence: rhythm.cadence.rawValue, customDays: rhythm.customDays.map(String.init) ?? "", format: format.rawValue,
            hopes: members.map { MemberHopesDraft(userID: $0.uuidString) },
            confidentiality: confidentiality, feedback: feedback, reviewOn: today.adding(days: reviewAfterDays).iso)
    }

    /// Tandem's own default: short, friendly and two-way, for programmes that keep it.
    public static let tandemDefault = AgreementTemplate(
        rhythm: CheckInRhythm(cadence: .fortnightly), format: .video,
        confidentiality: """
            What we talk about stays between us unless we both agree to share it. The one exception: if either \
            of us is worried about someone's safety or wellbeing, we will involve the programme team, and tell \
            each other first where we can.
            """,
        feedback: """
            We end each check-in with five minutes on how the mentoring is going for both of us: one thing that \
            helped and one thing to change. Either of us can ask for a change at any time, kindly and directly.
            """,
        reviewAfterDays: 90)
}

