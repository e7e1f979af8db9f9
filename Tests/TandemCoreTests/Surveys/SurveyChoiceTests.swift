import Testing
@testable import TandemCore

@Suite struct SurveyChoiceTests {
    @Test func rawValuesMatchTheStoredStrings() {
        #expect(SurveyQuestionKind.allCases.map(\.rawValue) == ["rating", "nps", "single_choice", "free_text"])
        #expect(SurveyTrigger.allCases.map(\.rawValue) == ["pulse", "midpoint", "end", "now"])
        #expect(SurveyAudience.allCases.map(\.rawValue) == ["everyone", "mentors", "mentees"])
        #expect(SurveyQuestionSubject.allCases.map(\.rawValue) == ["relationship", "self"])
        #expect(SurveyRespondentRole.allCases.map(\.rawValue) == ["mentor", "mentee", "peer"])
    }

    @Test func labels() {
        #expect(SurveyQuestionKind.allCases.map(\.label) == [
            "Rating 1–5", "0–10 likelihood to recommend", "Single choice", "Free text",
        ])
        #expect(SurveyTrigger.allCases.map(\.label) == [
            "After a number of check-ins", "Programme mid-point", "End of programme", "Straight away",
        ])
        #expect(SurveyAudience.everyone.label == "Mentors and mentees")
        #expect(SurveyQuestionSubject.myself.label == "About yourself")
    }

    @Test(arguments: [
        (SurveyAudience.everyone, SurveyRespondentRole.mentor, true),
        (.everyone, .mentee, true),
        (.everyone, .peer, true),
        (.mentors, .mentor, true),
        (.mentors, .mentee, false),
        (.mentors, .peer, true),
        (.mentees, .mentor, false),
        (.mentees, .mentee, true),
        (.mentees, .peer, true),
    ])
    func peersCountAsBothSides(audience: SurveyAudience, role: SurveyRespondentRole, asked: Bool) {
        #expect(audience.includes(role) == asked)
    }

    @Test(arguments: EnrolmentRole.allCases)
    func respondentRoleMirrorsEnrolmentRole(role: EnrolmentRole) {
        #expect(SurveyRespondentRole(role).rawValue == role.rawValue)
    }
}
