extension SurveyAggregator {
    /// The report a results page or the API shows: figures over `SurveyRelease.snapshot` only,
    /// so they move in steps of `anonymityThreshold` people while the survey is open. Named
    /// answers (only ever in a survey that told respondents so) are not held back.
    public static func releasedReport(
        questions: [(id: String, question: ValidSurveyQuestion)], answers: [SurveyAnswerRow],
        anonymous: Bool, closed: Bool
    ) -> (report: SurveyReport, release: SurveyRelease.Snapshot) {
        let release = SurveyRelease.snapshot(answers, closed: closed)
        let figures = report(questions: questions, answers: release.rows, anonymous: true)
        let named = anonymous
            ? [] : report(questions: questions, answers: answers, anonymous: false).namedAnswers
        return (
            SurveyReport(
                responseCount: release.peopleAnswered, overall: figures.overall,
                byRole: figures.byRole, namedAnswers: named),
            release)
    }
}
