import Foundation

/// A valid agreement: what one version says. Two versions with equal terms are the same agreement.
public struct AgreementTerms: Sendable, Hashable {
    public static let maxHopeLength = 500
    public static let maxTextLength = 1_000
    /// The review or end date may be at most this many days ahead.
    public static let maxReviewDays = 730

    public var rhythm: CheckInRhythm
    public var format: MeetingFormat
    /// Member → their hopes. Members with nothing written are absent.
    public var hopes: [UUID: MemberHopes]
    public var confidentiality: String
    public var feedback: String
    public var reviewOn: LocalDate

    public init(rhythm: CheckInRhythm, format: MeetingFormat, hopes: [UUID: MemberHopes], confidentiality: String,
                feedback: String, reviewOn: LocalDate) {
        self.rhythm = rhythm
        self.format = format
        self.hopes = hopes.filter { !$0.value.isEmpty }
        self.confidentiality = confidentiality
        self.feedback = feedback
        self.reviewOn = reviewOn
    }

    public func hopes(of userID: UUID) -> MemberHopes { hopes[userID] ?? MemberHopes() }

    /// The form values for these terms, to edit them (blank hopes for members who wrote none).
    public func draft(members: [UUID]) -> AgreementDraft {
        AgreementDraft(
            cadence: rhythm.cadence.rawValue, customDays: rhythm.customDays.map(String.init) ?? "", format: format.rawValue,
            hopes: members.map { id in
                let h = hopes(of: id)
                return MemberHopesDraft(userID: id.uuidString, gives: h.gives, gets: h.gets)
            },
            confidentiality: confidentiality, feedback: feedback, reviewOn: reviewOn.iso)
    }
}

/// What one member hopes to give and to get: the two-way part.
public struct MemberHopes: Sendable, Hashable {
    public var gives: String
    public var gets: String

    public init(gives: String = "", gets: String = "") {
        self.gives = gives
        self.gets = gets
    }

    public var isEmpty: Bool { gives.isEmpty && gets.isEmpty }
}
