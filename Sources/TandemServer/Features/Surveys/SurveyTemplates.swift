import TandemCore

/// Ready-made question sets, so an admin starts from good practice rather than a blank form.
enum SurveyTemplates {
    static func draft(named name: String?) -> SurveyDraft {
        switch name {
        case "midpoint":
            return SurveyDraft(
                title: "Mid-point check", intro: "Halfway through: tell us how your mentoring is going. Figures are shown to admins only in aggregate, for groups of 5 or more.",
                trigger: SurveyTrigger.midpoint.rawValue, pulseAfter: "", anonymous: true,
                questions: [
                    SurveyQuestionDraft(prompt: "How useful are your meetings?", kind: SurveyQuestionKind.rating.rawValue, options: "", audience: SurveyAudience.everyone.rawValue, about: SurveyQuestionSubject.relationship.rawValue),
                    SurveyQuestionDraft(prompt: "How likely are you to recommend this programme to a colleague?", kind: SurveyQuestionKind.nps.rawValue, options: "", audience: SurveyAudience.everyone.rawValue, about: SurveyQuestionSubject.relationship.rawValue),
                    SurveyQuestionDraft(prompt: "How often do you meet?", kind: SurveyQuestionKind.singleChoice.rawValue, options: "Every week\nEvery two weeks\nMonthly\nLess often", audience: SurveyAudience.everyone.rawValue, about: SurveyQuestionSubject.relationship.rawValue),
                    SurveyQuestionDraft(prompt: "What have you learned so far?", kind: SurveyQuestionKind.freeText.rawValue, options: "", audience: SurveyAudience.everyone.rawValue, about: SurveyQuestionSubject.myself.rawValue),
                    SurveyQuestionDraft(prompt: "What has your partner learned from you?", kind: SurveyQuestionKind.freeText.rawValue, options: "", audience: SurveyAudience.everyone.rawValue, about: SurveyQuestionSubject.myself.rawValue),
                ])
        default:
            return SurveyDraft(title: "", intro: "", trigger: SurveyTrigger.now.rawValue, pulseAfter: "", anonymous: true, questions: [])
        }
    }
}
