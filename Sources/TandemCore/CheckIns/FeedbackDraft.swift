/// Feedback one member gives the other, as typed. Either half may be blank, but not both.
public struct FeedbackDraft: Sendable, Hashable, Codable {
    public static let maxLength = 2000

    public var wentWell: String
    public var couldBeBetter: String

    public init(wentWell: String = "", couldBeBetter: String = "") {
        self.wentWell = wentWell
        self.couldBeBetter = couldBeBetter
    }

    enum CodingKeys: String, CodingKey {
        case wentWell = "went_well"
        case couldBeBetter = "could_be_better"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(wentWell: c.draftText(.wentWell), couldBeBetter: c.draftText(.couldBeBetter))
    }

    /// The trimmed feedback, or every problem at once. A missing-both error goes on `went_well`,
    /// the first field of the form.
    public func validate() throws(ValidationFailure) -> ValidFeedback {
        var errors = FieldErrorCollector()
        let limit = Self.maxLength
        let wentWell = errors.text(
            wentWell, field: "went_well", max: limit,
            tooLong: "Keep what went well to \(limit) characters or fewer.")
        let couldBeBetter = errors.text(
            couldBeBetter, field: "could_be_better", max: limit,
            tooLong: "Keep what could be better to \(limit) characters or fewer.")
        if wentWell.isEmpty, couldBeBetter.isEmpty {
            errors.add("went_well", .required, "Say what went well or what could be better.")
        }
        try errors.throwIfAny()
        return ValidFeedback(wentWell: wentWell, couldBeBetter: couldBeBetter)
    }
}

/// Feedback after validation; at least one half is non-empty.
public struct ValidFeedback: Sendable, Hashable, Codable {
    public var wentWell: String
    public var couldBeBetter: String

    public init(wentWell: String, couldBeBetter: String) {
        self.wentWell = wentWell
        self.couldBeBetter = couldBeBetter
    }
}
