extension SurveyResponseDraft {
    public static let maxTextLength = 4000

    /// Question id → answer for the questions `role` is asked, or every problem at once under
    /// `q_<id>`. Ratings, NPS and choices must be answered; free text may be left empty (it is
    /// then left out of the result). Answers to questions `role` is not asked are ignored.
    public func validate(
        questions: [(id: String, question: ValidSurveyQuestion)], role: SurveyRespondentRole
    ) throws(ValidationFailure) -> [String: SurveyAnswerValue] {
        var errors = FieldErrorCollector()
        var result: [String: SurveyAnswerValue] = [:]
        for (id, question) in questions where question.audience.includes(role) {
            let raw = (answers[id] ?? "").trimmed
            let field = Self.fieldName(for: id)
            result[id] = Self.answer(raw, to: question, field: field, &errors)
        }
        try errors.throwIfAny()
        return result
    }

    private static func answer(
        _ raw: String, to question: ValidSurveyQuestion, field: String,
        _ errors: inout FieldErrorCollector
    ) -> SurveyAnswerValue? {
        switch question.kind {
        case .rating:
            if raw.isEmpty {
                errors.add(field, .required, "Choose an answer.")
            } else if let number = Int(raw), let value = SurveyAnswerValue(
                kind: .rating, number: number, text: nil) {
                return value
            } else {
                errors.add(field, .outOfRange, "Choose a rating from 1 to 5.")
            }
        case .nps:
            let number = errors.integer(
                raw, field: field, in: 0...10, message: "Choose a number from 0 to 10.")
            return number.map(SurveyAnswerValue.nps)
        case .singleChoice:
            if raw.isEmpty {
                errors.add(field, .required, "Choose an answer.")
            } else if question.options.contains(raw) {
                return .choice(raw)
            } else {
                errors.add(field, .invalid, "Choose one of the options.")
            }
        case .freeText:
            if TextLimit.exceeds(raw, characters: maxTextLength) {
                errors.add(field, .tooLong, TextLimit.tooLongMessage(
                    "Keep your answer to \(maxTextLength) characters or fewer.", for: raw,
                    characters: maxTextLength))
            } else if !raw.isEmpty {
                return .text(raw)
            }
        }
        return nil
    }
}
