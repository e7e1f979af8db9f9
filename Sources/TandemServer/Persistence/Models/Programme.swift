import Fluent
import Foundation
import TandemCore

final class Programme: Model, @unchecked Sendable {
    static let schema = "programmes"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "name") var name: String
    @Field(key: "description") var description: String
    @Field(key: "type") var type: ProgrammeType
    @Field(key: "mode") var mode: ProgrammeMode
    @Field(key: "default_capacity") var defaultCapacity: Int
    /// One question per line.
    @Field(key: "questions") var questions: String
    @OptionalField(key: "enrolment_starts") var enrolmentStarts: String?
    @OptionalField(key: "matching_starts") var matchingStarts: String?
    @OptionalField(key: "active_starts") var activeStarts: String?
    @OptionalField(key: "closing_starts") var closingStarts: String?
    @OptionalField(key: "ends_on") var endsOn: String?
    /// docs/rules.md: a person and their direct manager are never matched unless this is set.
    @Field(key: "managers_may_mentor_reports") var managersMayMentorReports: Bool
    /// Calendar days a mentor has to answer a request, and how many a mentee may have waiting (`RequestPolicy`).
    @Field(key: "response_window_days") var responseWindowDays: Int
    @Field(key: "max_open_requests") var maxOpenRequests: Int
    /// "No first meeting within N days" flags a pair as at risk (`HealthRules`).
    @Field(key: "first_meeting_days") var firstMeetingDays: Int
    @OptionalField(key: "archived_at") var archivedAt: Date?
    /// The default agreement for the programme's pairs; all nil means Tandem's own (see `agreementTemplate`).
    @OptionalField(key: "agreement_cadence") var agreementCadence: Cadence?
    @OptionalField(key: "agreement_cadence_days") var agreementCadenceDays: Int?
    @OptionalField(key: "agreement_format") var agreementFormat: MeetingFormat?
    @OptionalField(key: "agreement_confidentiality") var agreementConfidentiality: String?
    @OptionalField(key: "agreement_feedback") var agreementFeedback: String?
    @OptionalField(key: "agreement_review_days") var agreementReviewDays: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(organisationID: UUID) {
        self.organisationID = organisationID
        self.managersMayMentorReports = false
        self.requestPolicy = .standard
        self.firstMeetingDays = HealthRules.defaultFirstMeetingDays
    }

    var requestPolicy: RequestPolicy {
        get { RequestPolicy(responseWindowDays: responseWindowDays, maxOpenRequests: maxOpenRequests) }
        set {
            responseWindowDays = newValue.responseWindowDays
            maxOpenRequests = newValue.maxOpenRequests
        }
    }

    func apply(_ valid: ValidProgramme) {
        name = valid.name
        description = valid.description
        type = valid.type
        mode = valid.mode
        defaultCapacity = valid.defaultCapacity
        questions = valid.questions.joined(separator: "\n")
        firstMeetingDays = valid.firstMeetingDays
        enrolmentStarts = valid.schedule?.enrolmentStarts.iso
        matchingStarts = valid.schedule?.matchingStarts.iso
        activeStarts = valid.schedule?.activeStarts.iso
        closingStarts = valid.schedule?.closingStarts.iso
        endsOn = valid.schedule?.endsOn.iso
    }

    var questionList: [String] {
        questions.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    var schedule: ProgrammeSchedule? {
        guard let e = enrolmentStarts.flatMap(LocalDate.init(iso:)),
              let m = matchingStarts.flatMap(LocalDate.init(iso:)),
              let a = activeStarts.flatMap(LocalDate.init(iso:)),
              let c = closingStarts.flatMap(LocalDate.init(iso:)),
              let end = endsOn.flatMap(LocalDate.init(iso:)) else { return nil }
        return ProgrammeSchedule(enrolmentStarts: e, matchingStarts: m, activeStarts: a, closingStarts: c, endsOn: end)
    }

    func phase(at now: Date, in timeZone: TimeZone) -> ProgrammePhase {
        if archivedAt != nil { return .ended }
        return ProgrammeRules.phase(mode: mode, schedule: schedule, at: now, in: timeZone)
    }
}
