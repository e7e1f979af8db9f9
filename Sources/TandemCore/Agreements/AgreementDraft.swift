/// An agreement form (or API body) as typed: how often and how the members meet, what each hopes
/// to give and to get, confidentiality, how they give each other feedback, and a review or end
/// date. Coding keys are the snake_case API names; decoding never fails, the validator reports.
public struct AgreementDraft: Sendable, Hashable, Codable {
    /// A `Cadence` raw value.
    public var cadence: String
    /// Days apart, used only when the cadence is custom.
    public var customDays: String
    /// A `MeetingFormat` raw value.
    public var format: String
    /// One entry per member; a member without an entry hopes nothing yet.
    public var hopes: [MemberHopesDraft]
    public var confidentiality: String
    public var feedback: String
    /// "YYYY-MM-DD", as an HTML date input sends it.
    public var reviewOn: String

    public init(
        cadence: String = "", customDays: String = "", format: String = "", hopes: [MemberHopesDraft] = [],
        confidentiality: String = "", feedback: String = "", reviewOn: String = ""
    ) {
        self.cadence = cadence
        self.customDays = customDays
        self.format = format
        self.hopes = hopes
        self.confidentiality = confidentiality
        self.feedback = feedback
        self.reviewOn = reviewOn
    }

    enum CodingKeys: String, CodingKey {
        case cadence, format, hopes, confidentiality, feedback
        case customDays = "custom_days"
        case reviewOn = "review_on"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            cadence: c.draftText(.cadence), customDays: c.draftText(.customDays), format: c.draftText(.format),
            hopes: (try? c.decodeIfPresent([MemberHopesDraft].self, forKey: .hopes)) ?? [],
            confidentiality: c.draftText(.confidentiality), feedback: c.draftText(.feedback),
            reviewOn: c.draftText(.reviewOn))
    }

    /// The typed hopes of one member, or blanks.
    public func hopes(of userID: String) -> MemberHopesDraft {
        hopes.first { $0.userID.lowercased() == userID.lowercased() } ?? MemberHopesDraft(userID: userID)
    }
}

/// What one member hopes to give and to get, as typed. `userID` names the member.
public struct MemberHopesDraft: Sendable, Hashable, Codable {
    public var userID: String
    public var gives: String
    public var gets: String

    public init(userID: String, gives: String = "", gets: String = "") {
        self.userID = userID
        self.gives = gives
        self.gets = gets
    }

    enum CodingKeys: String, CodingKey {
        case gives, gets
        case userID = "user_id"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(userID: c.draftText(.userID), gives: c.draftText(.gives), gets: c.draftText(.gets))
    }
}
