extension SurveyDraft {
    /// The valid survey, or every problem at once (question rows included).
    public func validate() throws(ValidationFailure) -> ValidSurvey {
        typealias Limits = ValidSurvey
        var errors = FieldErrorCollector()
        let title = errors.text(
            title, field: "title", required: "Enter a title.", max: Limits.maxTitleLength,
            tooLong: "Keep the title to \(Limits.maxTitleLength) characters or fewer.")
        let intro = errors.text(
            intro, field: "intro", max: Limits.maxIntroLength,
            tooLong: "Keep the introduction to \(Limits.maxIntroLength) characters or fewer.")
        let trigger = errors.choice(
            trigger, as: SurveyTrigger.self, field: "trigger",
            message: "Choose when to send the survey.")
        // Only pulse surveys count check-ins; other triggers ignore whatever was sent.
        let pulseAfter = trigger == .pulse
            ? errors.integer(
                pulseAfter, field: "pulse_after", in: Limits.pulseAfterRange,
                message: "Say after how many check-ins, from 1 to 50.")
            : nil
        let questions = validQuestions(&errors)
        try errors.throwIfAny()
        guard let trigger else { throw ValidationFailure(errors.errors) }
        return ValidSurvey(
            title: title, intro: intro, trigger: trigger, pulseAfter: pulseAfter,
            anonymous: anonymous, questions: questions)
    }

    private func validQuestions(_ errors: inout FieldErrorCollector) -> [ValidSurveyQuestion] {
        let rows = questions.enumerated().filter { !$0.element.isBlank }
        let range = ValidSurvey.questionCountRange
        if rows.count < range.lowerBound {
            errors.add("questions", .required, "Add at least one question.")
        } else if rows.count > range.upperBound {
            errors.add("questions", .tooMany, "Ask at most \(range.upperBound) questions.")
        }
        return rows.compactMap { index, row in row.validate(index: index, &errors) }
    }
}

extension SurveyQuestionDraft {
    /// The valid question, or nil with its problems recorded under `questions[index][…]`.
    func validate(index: Int, _ errors: inout FieldErrorCollector) -> ValidSurveyQuestion? {
        typealias Limits = ValidSurveyQuestion
        func field(_ name: String) -> String { "questions[\(index)][\(name)]" }
        let before = errors.errors.count
        let prompt = errors.text(
            prompt, field: field("prompt"), required: "Write the question.",
            max: Limits.maxPromptLength,
            tooLong: "Keep the question to \(Limits.maxPromptLength) characters or fewer.")
        let kind = errors.choice(
            kind, as: SurveyQuestionKind.self, field: field("kind"),
            message: "Choose a question type.")
        let options = kind == .singleChoice ? validOptions(field("options"), &errors) : []
        let audience = audience.trimmed.isEmpty ? .everyone : errors.choice(
            audience, as: SurveyAudience.self, field: field("audience"),
            message: "Choose who answers this question.")
        let about = about.trimmed.isEmpty ? .relationship : errors.choice(
            about, as: SurveyQuestionSubject.self, field: field("about"),
            message: "Choose whether the question is about the relationship or the person.")
        guard errors.errors.count == before, let kind, let audience, let about else { return nil }
        return ValidSurveyQuestion(
            prompt: prompt, kind: kind, options: options, audience: audience, about: about)
    }

    private func validOptions(_ field: String, _ errors: inout FieldErrorCollector) -> [String] {
        typealias Limits = ValidSurveyQuestion
        let lines = optionLines
        let range = Limits.optionCountRange
        if lines.count < range.lowerBound {
            errors.add(
                field, .tooFew,
                "Give at least \(range.lowerBound) different options, one per line.")
        } else if lines.count > range.upperBound {
            errors.add(field, .tooMany, "Give at most \(range.upperBound) options, one per line.")
        } else if lines.contains(where: { TextLimit.exceeds($0, characters: Limits.maxOptionLength) }) {
            errors.add(
                field, .tooLong,
                "Keep each option to \(Limits.maxOptionLength) characters or fewer.")
        }
        return lines
    }
}
