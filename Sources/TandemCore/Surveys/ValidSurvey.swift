/// A survey's settings after validation. `pulseAfter` is set only for pulse surveys.
public struct ValidSurvey: Sendable, Hashable, Codable {
    public static let maxTitleLength = 200
    public static let maxIntroLength = 2000
    public static let pulseAfterRange = 1...50
    public static let questionCountRange = 1...30

    public var title: String
    public var intro: String
    public var trigger: SurveyTrigger
    public var pulseAfter: Int?
    /// False means answers may be shown by name; the survey must say so to the respondent.
    public var anonymous: Bool
    public var questions: [ValidSurveyQuestion]

    public init(
        title: String, intro: String, trigger: SurveyTrigger, pulseAfter: Int?, anonymous: Bool,
        questions: [ValidSurveyQuestion]
    ) {
        self.title = title
        self.intro = intro
        self.trigger = trigger
        self.pulseAfter = pulseAfter
        self.anonymous = anonymous
        self.questions = questions
    }
}

/// One survey question after validation. `options` is empty unless the kind is single choice.
public struct ValidSurveyQuestion: Sendable, Hashable, Codable {
    public static let maxPromptLength = 500
    public static let optionCountRange = 2...10
    public static let maxOptionLength = 200

    public var prompt: String
    public var kind: SurveyQuestionKind
    public var options: [String]
    public var audience: SurveyAudience
    public var about: SurveyQuestionSubject

    public init(
        prompt: String, kind: SurveyQuestionKind, options: [String] = [],
        audience: SurveyAudience = .everyone, about: SurveyQuestionSubject = .relationship
    ) {
        self.prompt = prompt
        self.kind = kind
        self.options = options
        self.audience = audience
        self.about = about
    }
}

extension ValidSurvey {
    /// Back to a draft, to pre-fill an edit form.
    public var draft: SurveyDraft {
        SurveyDraft(
            title: title, intro: intro, trigger: trigger.rawValue,
            pulseAfter: pulseAfter.map(String.init) ?? "", anonymous: anonymous,
            questions: questions.map { question in
                SurveyQuestionDraft(
                    prompt: question.prompt, kind: question.kind.rawValue,
                    options: question.options.joined(separator: "\n"),
                    audience: question.audience.rawValue, about: question.about.rawValue)
            })
    }
}
