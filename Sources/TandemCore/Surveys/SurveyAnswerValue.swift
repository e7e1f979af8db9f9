/// One answer to one question. It stores as two nullable columns, `number` (rating, NPS) and
/// `text` (choice, free text); the question's kind tells which, so `init?(kind:number:text:)`
/// rebuilds it from a row. As JSON it is `{"kind":"rating","number":4}` or
/// `{"kind":"free_text","text":"…"}`.
public enum SurveyAnswerValue: Sendable, Hashable, Codable {
    case rating(Int)
    case nps(Int)
    case choice(String)
    case text(String)

    /// Nil unless the column the kind needs is present and in range (ratings 1–5, NPS 0–10,
    /// non-empty text), so a bad stored row can never reach the figures.
    public init?(kind: SurveyQuestionKind, number: Int?, text: String?) {
        switch kind {
        case .rating, .nps:
            guard let number, kind.numberRange?.contains(number) == true else { return nil }
            self = kind == .rating ? .rating(number) : .nps(number)
        case .singleChoice, .freeText:
            guard let text, !text.isEmpty else { return nil }
            self = kind == .singleChoice ? .choice(text) : .text(text)
        }
    }

    public var kind: SurveyQuestionKind {
        switch self {
        case .rating: .rating
        case .nps: .nps
        case .choice: .singleChoice
        case .text: .freeText
        }
    }

    /// The `number` column: set for ratings and NPS.
    public var number: Int? {
        switch self {
        case .rating(let value), .nps(let value): value
        case .choice, .text: nil
        }
    }

    /// The `text` column: set for choices and free text.
    public var text: String? {
        switch self {
        case .choice(let value), .text(let value): value
        case .rating, .nps: nil
        }
    }

    enum CodingKeys: String, CodingKey { case kind, number, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(SurveyQuestionKind.self, forKey: .kind)
        let number = try c.decodeIfPresent(Int.self, forKey: .number)
        let text = try c.decodeIfPresent(String.self, forKey: .text)
        guard let value = SurveyAnswerValue(kind: kind, number: number, text: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: c, debugDescription: "No valid \(kind.rawValue) answer")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(number, forKey: .number)
        try c.encodeIfPresent(text, forKey: .text)
    }
}
