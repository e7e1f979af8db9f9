/// A survey set-up form (or API body) exactly as submitted. `validate()` turns it into a
/// `ValidSurvey`. Coding keys are the snake_case form field names.
public struct SurveyDraft: Sendable, Hashable, Codable {
    public var title: String
    public var intro: String
    public var trigger: String
    public var pulseAfter: String
    /// A checkbox. Ticked: answers are never shown by name. Unticked: the survey tells respondents
    /// that their answers may be shown by name.
    public var anonymous: Bool
    /// In form order. Blank rows (an empty prompt and no options) are ignored by `validate()`.
    public var questions: [SurveyQuestionDraft]

    public init(
        title: String = "", intro: String = "", trigger: String = "", pulseAfter: String = "",
        anonymous: Bool = false, questions: [SurveyQuestionDraft] = []
    ) {
        self.title = title
        self.intro = intro
        self.trigger = trigger
        self.pulseAfter = pulseAfter
        self.anonymous = anonymous
        self.questions = questions
    }

    enum CodingKeys: String, CodingKey {
        case title, intro, trigger, anonymous, questions
        case pulseAfter = "pulse_after"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: c.draftText(.title), intro: c.draftText(.intro), trigger: c.draftText(.trigger),
            pulseAfter: c.draftText(.pulseAfter), anonymous: c.surveyCheckbox(.anonymous),
            questions: c.surveyQuestionRows(.questions))
    }
}

// Named for surveys so they cannot clash with helpers other features add to the container.
extension KeyedDecodingContainer {
    /// A checkbox: true for a JSON `true` or for "on", "true" or "1" (any of several values, as
    /// forms send when a hidden "off" field precedes the box); false when missing or anything else.
    fileprivate func surveyCheckbox(_ key: Key) -> Bool {
        if let flag = try? decodeIfPresent(Bool.self, forKey: key) { return flag }
        let values = draftList(key) + [draftText(key)]
        return values.contains { ["on", "true", "1"].contains($0.trimmed.lowercased()) }
    }

    /// Question rows from a JSON array, or from form fields `questions[0][prompt]`… that a form
    /// decoder hands over as an object keyed by row number. Rows are put in number order.
    fileprivate func surveyQuestionRows(_ key: Key) -> [SurveyQuestionDraft] {
        if let rows = try? decodeIfPresent([SurveyQuestionDraft].self, forKey: key) { return rows }
        guard let keyed = try? decodeIfPresent([String: SurveyQuestionDraft].self, forKey: key)
        else { return [] }
        return keyed.sorted { lhs, rhs in
            switch (Int(lhs.key), Int(rhs.key)) {
            case let (l?, r?): l < r
            case (_?, nil): true
            case (nil, _?): false
            case (nil, nil): lhs.key < rhs.key
            }
        }.map(\.value)
    }
}
