/// A respondent's answers as submitted: every form field or JSON key `q_<questionID>`, kept
/// as text under its question id (without the prefix). Other keys, such as the CSRF token,
/// are skipped.
public struct SurveyResponseDraft: Sendable, Hashable, Codable {
    public static let fieldPrefix = "q_"

    /// Question id → the raw answer.
    public var answers: [String: String]

    public init(answers: [String: String] = [:]) {
        self.answers = answers
    }

    /// The form field name that carries the answer to `questionID`, also used for its errors.
    public static func fieldName(for questionID: String) -> String {
        fieldPrefix + questionID
    }

    struct FieldKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: FieldKey.self)
        var answers: [String: String] = [:]
        for key in c.allKeys where key.stringValue.hasPrefix(Self.fieldPrefix) {
            let id = String(key.stringValue.dropFirst(Self.fieldPrefix.count))
            if !id.isEmpty { answers[id] = c.draftText(key) }
        }
        self.init(answers: answers)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        for (id, answer) in answers {
            try c.encode(answer, forKey: FieldKey(stringValue: Self.fieldName(for: id)))
        }
    }
}
