/// Turns answers into the figures admins see. Every group, overall or split by role, applies the
/// anonymity threshold on its own, counting distinct people; anonymous and named surveys alike
/// (docs/rules.md "Surveys").
public enum SurveyAggregator {
    public static let anonymityThreshold = 5

    /// The figures for one question, each answer counted as a different person. Answers of
    /// another kind, out of range or naming an option the question no longer has are not
    /// counted; blank texts neither.
    public static func summarise(
        question: ValidSurveyQuestion, answers: [SurveyAnswerValue]
    ) -> QuestionSummary {
        let usable = answers.compactMap { usableValue($0, for: question) }
        guard usable.count >= anonymityThreshold else { return .hidden }
        return QuestionSummary(answerCount: usable.count, result: figures(usable, for: question))
    }

    /// The figures for one group of stored answers. The threshold counts the distinct people
    /// behind the usable answers, so one mentor answering for five mentees stays hidden.
    public static func summarise(
        question: ValidSurveyQuestion, rows: [SurveyAnswerRow]
    ) -> QuestionSummary {
        let usable = rows.compactMap { row in usableValue(row.value, for: question).map { (row.person, $0) } }
        guard Set(usable.map(\.0)).count >= anonymityThreshold else { return .hidden }
        return QuestionSummary(answerCount: usable.count, result: figures(usable.map(\.1), for: question))
    }

    /// The distinct people whose answers `summarise(question:rows:)` would count.
    static func usablePeople(
        _ rows: [SurveyAnswerRow], for question: ValidSurveyQuestion
    ) -> Set<String> {
        Set(rows.filter { usableValue($0.value, for: question) != nil }.map(\.person))
    }

    private static func usableValue(
        _ answer: SurveyAnswerValue, for question: ValidSurveyQuestion
    ) -> SurveyAnswerValue? {
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
