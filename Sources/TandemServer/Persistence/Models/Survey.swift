import Fluent
import Foundation
import TandemCore

final class Survey: Model, @unchecked Sendable {
    static let schema = "surveys"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "programme_id") var programmeID: UUID
    @Field(key: "title") var title: String
    @Field(key: "intro") var intro: String
    @Field(key: "trigger") var trigger: SurveyTrigger
    @OptionalField(key: "pulse_after") var pulseAfter: Int?
    @Field(key: "anonymous") var anonymous: Bool
    @Field(key: "created_by") var createdBy: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "closed_at") var closedAt: Date?

    init() {}

    init(organisationID: UUID, programmeID: UUID, createdBy: UUID, survey: ValidSurvey) {
        self.organisationID = organisationID
        self.programmeID = programmeID
        self.createdBy = createdBy
        self.title = survey.title
        self.intro = survey.intro
        self.trigger = survey.trigger
        self.pulseAfter = survey.pulseAfter
        self.anonymous = survey.anonymous
    }
}

final class SurveyQuestion: Model, @unchecked Sendable {
    static let schema = "survey_questions"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "survey_id") var surveyID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "prompt") var prompt: String
    @Field(key: "kind") var kind: SurveyQuestionKind
    /// Single-choice options, one per line.
    @Field(key: "options") var options: String
    @Field(key: "audience") var audience: SurveyAudience
    @Field(key: "about") var about: SurveyQuestionSubject

    init() {}

    init(organisationID: UUID, surveyID: UUID, position: Int, question: ValidSurveyQuestion) {
        self.organisationID = organisationID
        self.surveyID = surveyID
        self.position = position
        self.prompt = question.prompt
        self.kind = question.kind
        self.options = question.options.joined(separator: "\n")
        self.audience = question.audience
        self.about = question.about
    }

    var optionList: [String] { options.split(separator: "\n").map(String.init) }

    var valid: ValidSurveyQuestion {
        ValidSurveyQuestion(prompt: prompt, kind: kind, options: optionList, audience: audience, about: about)
    }
}

final class SurveyResponse: Model, @unchecked Sendable {
    static let schema = "survey_responses"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "survey_id") var surveyID: UUID
    @Field(key: "relationship_id") var relationshipID: UUID
    @Field(key: "user_id") var userID: UUID
    @Field(key: "role") var role: SurveyRespondentRole
    @Timestamp(key: "submitted_at", on: .create) var submittedAt: Date?

    init() {}

    init(organisationID: UUID, surveyID: UUID, relationshipID: UUID, userID: UUID, role: SurveyRespondentRole) {
        self.organisationID = organisationID
        self.surveyID = surveyID
        self.relationshipID = relationshipID
        self.userID = userID
        self.role = role
    }
}

final class SurveyAnswer: Model, @unchecked Sendable {
    static let schema = "survey_answers"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "survey_id") var surveyID: UUID
    @Field(key: "response_id") var responseID: UUID
    @Field(key: "question_id") var questionID: UUID
    @Field(key: "role") var role: SurveyRespondentRole
    @OptionalField(key: "number") var number: Int?
    @OptionalField(key: "text") var text: String?

    init() {}

    init(organisationID: UUID, surveyID: UUID, responseID: UUID, questionID: UUID, role: SurveyRespondentRole, value: SurveyAnswerValue) {
        self.organisationID = organisationID
        self.surveyID = surveyID
        self.responseID = responseID
        self.questionID = questionID
        self.role = role
        self.number = value.number
        self.text = value.text
    }
}
