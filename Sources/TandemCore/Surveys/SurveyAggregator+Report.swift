extension SurveyAggregator {
    /// The whole report from stored rows. Rows for unknown questions, for questions the row's role
    /// is not asked, and repeats of the same respondent and question (the first one counts) are
    /// ignored.
    ///
    /// Every threshold counts distinct people (`SurveyAnswerRow.person`), not answers.
    ///
    /// Role splits also get complementary suppression: when the groups hidden for a question hold
    /// between 1 and 4 people in total while the overall figures show, the overall minus the
    /// shown groups would reveal them, so the smallest shown groups are hidden too until the
    /// hidden groups hold at least `anonymityThreshold` people together.
    ///
    /// `responseCount` counts the distinct people in `answers`. Pass rows from
    /// `SurveyRelease.snapshot` to release figures in steps.
    public static func report(
        questions: [(id: String, question: ValidSurveyQuestion)], answers: [SurveyAnswerRow],
        anonymous: Bool
    ) -> SurveyReport {
        let rows = countedRows(answers, questions: questions)
        let roles = SurveyRespondentRole.allCases.filter { role in
            rows.contains { $0.role == role }
        }
        var overall: [String: QuestionSummary] = [:]
        var byRole: [SurveyRespondentRole: [String: QuestionSummary]] = [:]
        for (id, question) in questions {
            let questionRows = rows.filter { $0.questionID == id }
            overall[id] = summarise(question: question, rows: questionRows)
            let splits = roleSplits(
                question: question, rows: questionRows, roles: roles,
                overallShown: overall[id]?.isHidden == false)
            for (role, summary) in splits { byRole[role, default: [:]][id] = summary }
        }
        return SurveyReport(
            responseCount: Set(rows.map(\.person)).count, overall: overall,
            byRole: roles.map { RoleSplitSummary(role: $0, summaries: byRole[$0] ?? [:]) },
            namedAnswers: anonymous ? [] : namedOrder(rows, questions: questions))
    }

    private static func countedRows(
        _ answers: [SurveyAnswerRow], questions: [(id: String, question: ValidSurveyQuestion)]
    ) -> [SurveyAnswerRow] {
        let audiences = Dictionary(
            questions.map { ($0.id, $0.question.audience) },
            uniquingKeysWith: { first, _ in first })
        var seen = Set<[String]>()
        return answers.filter { row in
            guard audiences[row.questionID]?.includes(row.role) == true else { return false }
            return seen.insert([row.respondent, row.questionID]).inserted
        }
    }

    private static func roleSplits(
        question: ValidSurveyQuestion, rows: [SurveyAnswerRow], roles: [SurveyRespondentRole],
        overallShown: Bool
    ) -> [(SurveyRespondentRole, QuestionSummary)] {
        let groups = roles.map { role in
            let rows = rows.filter { $0.role == role }
            return (role: role, rows: rows, people: usablePeople(rows, for: question))
        }
        var hidden = Set(groups.filter { $0.people.count < anonymityThreshold }.map(\.role))
        // One person can answer from two sides (mentor in one pair, mentee in another), so
        // the hidden groups are measured as a union of people, not a sum.
        var hiddenPeople = groups.filter { hidden.contains($0.role) }
            .reduce(into: Set<String>()) { $0.formUnion($1.people) }
        // Smallest shown group first (ties in role order), until the hidden ones are safe together.
        let shownBySize = groups.enumerated().filter { !hidden.contains($0.element.role) }
            .sorted { ($0.element.people.count, $0.offset) < ($1.element.people.count, $1.offset) }
        for (_, group) in shownBySize {
            guard overallShown, !hiddenPeople.isEmpty, hiddenPeople.count < anonymityThreshold
            else { break }
            hidden.insert(group.role)
            hiddenPeople.formUnion(group.people)
        }
        return groups.map { group in
            (group.role, hidden.contains(group.role)
                ? .hidden : summarise(question: question, rows: group.rows))
        }
    }

    private static func namedOrder(
        _ rows: [SurveyAnswerRow], questions: [(id: String, question: ValidSurveyQuestion)]
    ) -> [SurveyAnswerRow] {
        let position = Dictionary(
            questions.enumerated().map { ($0.element.id, $0.offset) },
            uniquingKeysWith: { first, _ in first })
        return rows.sorted { lhs, rhs in
            (lhs.respondent, position[lhs.questionID] ?? 0)
                < (rhs.respondent, position[rhs.questionID] ?? 0)
        }
    }
}
