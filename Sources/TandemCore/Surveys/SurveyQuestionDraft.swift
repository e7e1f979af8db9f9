/// One question row of the survey form, as typed. Its errors are reported under
/// `questions[i][prompt]` and the like, where `i` is the row's position in `SurveyDraft.questions`.
public struct SurveyQuestionDraft: Sendable, Hashable, Codable {
    public var prompt: String
    public var kind: String
    /// One option per line; only single-choice questions use them.
    public var options: String
    /// Blank means everyone.
    public var audience: String
    /// Blank means the relationship.
    public var about: String

    public init(
        prompt: String = "", kind: String = "", options: String = "", audience: String = "",
        about: String = ""
    ) {
        self.prompt = prompt
        self.kind = kind
        self.options = options
        self.audience = audience
        self.about = about
    }

    enum CodingKeys: String, CodingKey { case prompt, kind, options, audience, about }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // JSON clients may send options as a list; forms send a textarea.
        let optionList = (try? c.decodeIfPresent([String].self, forKey: .options)) ?? nil
        self.init(
            prompt: c.draftText(.prompt), kind: c.draftText(.kind),
            options: optionList?.joined(separator: "\n") ?? c.draftText(.options),
            audience: c.draftText(.audience), about: c.draftText(.about))
    }

    /// A row the person left empty, such as the spare rows a form offers.
    public var isBlank: Bool { prompt.trimmed.isEmpty && options.trimmed.isEmpty }

    /// The non-empty trimmed lines of `options`, first occurrence of each kept.
    var optionLines: [String] {
        var seen = Set<String>()
        return options.split(whereSeparator: \.isNewline).map { String($0).trimmed }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
