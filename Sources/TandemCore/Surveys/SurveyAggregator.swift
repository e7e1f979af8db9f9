/// Turns answers into the figures admins see. Every group, overall or split by role, applies the
/// anonymity threshold on its own; anonymous and named surveys alike (RULES.md "Surveys").
public enum SurveyAggregator {
    public static let anonymityThreshold = 5

    /// The figures for one question. Answers of another kind, out of range or naming an option
    /// the question no longer has are not counted; blank texts neither.
    public static func summarise(
        question: ValidSurveyQuestion, answers: [SurveyAnswerValue]
    ) -> QuestionSummary {
        let usable = usableAnswers(answers, for: question)
        guard usable.count >= anonymityThreshold else { return .hidden }
        return QuestionSummary(answerCount: usable.count, result: figures(usable, for: question))
    }

    /// How many answers `summarise` would count.
    static func usableCount(
        _ answers: [SurveyAnswerValue], for question: ValidSurveyQuestion
    ) -> Int {
        usableAnswers(answers, for: question).count
    }

    private static func usableAnswers(
        _ answers: [SurveyAnswerValue], for question: ValidSurveyQuestion
    ) -> [SurveyAnswerValue] {
        answers.compactMap { answer in
            switch answer {
            case .choice(let option):
                question.kind == .singleChoice && question.options.contains(option) ? answer : nil
            case .text(let text):
                question.kind == .freeText && !text.trimmed.isEmpty ? .text(text.trimmed) : nil
            case .rating, .nps:
                answer.kind == question.kind
                    ? SurveyAnswerValue(kind: answer.kind, number: answer.number, text: nil) : nil
            }
        }
    }

    private static func figures(
        _ answers: [SurveyAnswerValue], for question: ValidSurveyQuestion
    ) -> QuestionSummary.Result {
        switch question.kind {
        case .rating:
            let numbers = answers.compactMap(\.number)
            let distribution = (1...5).map { value in numbers.count { $0 == value } }
            let mean = Double(numbers.reduce(0, +)) / Double(numbers.count)
            return .rating(mean: mean, distribution: distribution)
        case .nps:
            let numbers = answers.compactMap(\.number)
            let promoters = numbers.count { $0 >= 9 }
            let detractors = numbers.count { $0 <= 6 }
            let share = Double(promoters - detractors) / Double(numbers.count)
            return .nps(
                score: Int((share * 100).rounded(.toNearestOrAwayFromZero)), promoters: promoters,
                passives: numbers.count - promoters - detractors, detractors: detractors)
        case .singleChoice:
            let chosen = answers.compactMap(\.text)
            return .choices(question.options.map { option in
                QuestionSummary.ChoiceCount(option: option, count: chosen.count { $0 == option })
            })
        case .freeText:
            return .texts(answers.compactMap(\.text).sorted())
        }
    }
}
