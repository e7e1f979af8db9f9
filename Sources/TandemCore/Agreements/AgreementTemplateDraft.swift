/// The template form (or API body) as typed by a programme admin.
public struct AgreementTemplateDraft: Sendable, Hashable, Codable {
    public var cadence: String
    public var customDays: String
    public var format: String
    public var confidentiality: String
    public var feedback: String
    public var reviewAfterDays: String

    public init(cadence: String = "", customDays: String = "", format: String = "", confidentiality: String = "",
                feedback: String = "", reviewAfterDays: String = "") {
        self.cadence = cadence
        self.customDays = customDays
        self.format = format
        self.confidentiality = confidentiality
        self.feedback = feedback
        self.reviewAfterDays = reviewAfterDays
    }

    public init(_ template: AgreementTemplate) {
        self.init(cadence: template.rhythm.cadence.rawValue, customDays: template.rhythm.customDays.map(String.init) ?? "",
                  format: template.format.rawValue, confidentiality: template.confidentiality, feedback: template.feedback,
                  reviewAfterDays: String(template.reviewAfterDays))
    }

    enum CodingKeys: String, CodingKey {
        case cadence, format, confidentiality, feedback
        case customDays = "custom_days"
        case reviewAfterDays = "review_after_days"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(cadence: c.draftText(.cadence), customDays: c.draftText(.customDays), format: c.draftText(.format),
                  confidentiality: c.draftText(.confidentiality), feedback: c.draftText(.feedback),
                  reviewAfterDays: c.draftText(.reviewAfterDays))
    }

    /// The valid template, or every problem at once. The texts follow the agreement's own limits.
    public func validate() throws(ValidationFailure) -> AgreementTemplate {
        var errors = FieldErrorCollector()
        var rhythm: CheckInRhythm?
        do {
            rhythm = try CadenceDraft(cadence: cadence, customDays: customDays).validate()
        } catch {
            error.fields.forEach { errors.add($0) }
        }
        let format = errors.choice(format, as: MeetingFormat.self, field: "format", message: "Choose how pairs usually meet.")
        let limit = AgreementTerms.maxTextLength
        let confidentiality = errors.text(confidentiality, field: "confidentiality", required: "Say what pairs keep between them.",
                                          max: limit, tooLong: "Keep confidentiality to \(limit) characters or fewer.")
        let feedback = errors.text(feedback, field: "feedback", required: "Suggest how pairs give each other feedback.",
                                   max: limit, tooLong: "Keep this to \(limit) characters or fewer.")
        let range = AgreementTemplate.reviewDaysRange
        let days = errors.integer(reviewAfterDays, field: "review_after_days", in: range,
                                  message: "Enter a number of days from \(range.lowerBound) to \(range.upperBound).")
        try errors.throwIfAny()
        guard let rhythm, let format, let days else { throw ValidationFailure(errors.errors) }
        return AgreementTemplate(rhythm: rhythm, format: format, confidentiality: confidentiality, feedback: feedback,
                                 reviewAfterDays: days)
    }
}
