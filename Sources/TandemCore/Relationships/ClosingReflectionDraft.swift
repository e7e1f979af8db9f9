/// What a member writes when a relationship closes (docs/rules.md "Phases": closing asks for
/// reflections), as typed.
public struct ClosingReflectionDraft: Sendable, Hashable, Codable {
    public static let maxLearnedLength = 4000
    public static let maxNextStepsLength = 2000

    public var learned: String
    /// What the partner learned from this member, as this member sees it.
    public var partnerLearned: String
    public var nextSteps: String

    public init(learned: String = "", partnerLearned: String = "", nextSteps: String = "") {
        self.learned = learned
        self.partnerLearned = partnerLearned
        self.nextSteps = nextSteps
    }

    enum CodingKeys: String, CodingKey {
        case learned
        case partnerLearned = "partner_learned"
        case nextSteps = "next_steps"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            learned: c.draftText(.learned), partnerLearned: c.draftText(.partnerLearned),
            nextSteps: c.draftText(.nextSteps))
    }

    /// The trimmed reflection, or every problem at once.
    public func validate() throws(ValidationFailure) -> ValidReflection {
        var errors = FieldErrorCollector()
        let long = Self.maxLearnedLength
        let learned = errors.text(
            learned, field: "learned", required: "Say what you learned.", max: long,
            tooLong: "Keep what you learned to \(long) characters or fewer.")
        let partnerLearned = errors.text(
            partnerLearned, field: "partner_learned", max: long,
            tooLong: "Keep what your partner learned to \(long) characters or fewer.")
        let short = Self.maxNextStepsLength
        let nextSteps = errors.text(
            nextSteps, field: "next_steps", max: short,
            tooLong: "Keep your next steps to \(short) characters or fewer.")
        try errors.throwIfAny()
        return ValidReflection(learned: learned, partnerLearned: partnerLearned, nextSteps: nextSteps)
    }
}

/// A closing reflection after validation; `partnerLearned` and `nextSteps` may be empty.
public struct ValidReflection: Sendable, Hashable, Codable {
    public var learned: String
    public var partnerLearned: String
    public var nextSteps: String

    public init(learned: String, partnerLearned: String, nextSteps: String) {
        self.learned = learned
        self.partnerLearned = partnerLearned
        self.nextSteps = nextSteps
    }
}
