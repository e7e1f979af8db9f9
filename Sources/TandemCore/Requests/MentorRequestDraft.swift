/// A mentee's request to a mentor, as typed.
public struct MentorRequestDraft: Sendable, Hashable, Codable {
    public static let maxMessageLength = 2000
    public static let maxHopesLength = 1000

    public var message: String
    public var hopes: String

    public init(message: String = "", hopes: String = "") {
        self.message = message
        self.hopes = hopes
    }

    enum CodingKeys: String, CodingKey { case message, hopes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(message: c.draftText(.message), hopes: c.draftText(.hopes))
    }

    /// The trimmed request, or every problem at once.
    public func validate() throws(ValidationFailure) -> ValidMentorRequest {
        var errors = FieldErrorCollector()
        let message = errors.text(
            message, field: "message", required: "Say hello and why you chose this mentor.",
            max: Self.maxMessageLength,
            tooLong: "Keep your message to \(Self.maxMessageLength) characters or fewer.")
        let hopes = errors.text(
            hopes, field: "hopes", required: "Say what you hope to learn.",
            max: Self.maxHopesLength,
            tooLong: "Keep what you hope to learn to \(Self.maxHopesLength) characters or fewer.")
        try errors.throwIfAny()
        return ValidMentorRequest(message: message, hopes: hopes)
    }
}

/// A mentor request's text after validation.
public struct ValidMentorRequest: Sendable, Hashable, Codable {
    public var message: String
    public var hopes: String

    public init(message: String, hopes: String) {
        self.message = message
        self.hopes = hopes
    }
}
