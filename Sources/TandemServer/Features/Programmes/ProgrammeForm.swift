import TandemCore
import Vapor

/// Exactly what the programme form (or API body) sent, kept as typed for re-rendering.
struct ProgrammeForm: Content {
    var name: String?
    var description: String?
    var type: String?
    var mode: String?
    var default_capacity: String?
    var questions: String?
    var enrolment_starts: String?
    var matching_starts: String?
    var active_starts: String?
    var closing_starts: String?
    var ends_on: String?
    var first_meeting_days: String?
    /// A checkbox: present ("on") when ticked.
    var managers_may_mentor_reports: String?
    var response_window_days: String?
    var max_open_requests: String?

    var managerRule: Bool { managers_may_mentor_reports == "on" || managers_may_mentor_reports == "true" }

    var policyDraft: RequestPolicyDraft {
        RequestPolicyDraft(responseWindowDays: response_window_days, maxOpenRequests: max_open_requests)
    }

    var draft: ProgrammeDraft {
        ProgrammeDraft(
            name: name ?? "", description: description ?? "", type: type ?? "", mode: mode ?? "",
            defaultCapacity: default_capacity ?? "", questions: questions ?? "",
            enrolmentStarts: enrolment_starts ?? "", matchingStarts: matching_starts ?? "",
            activeStarts: active_starts ?? "", closingStarts: closing_starts ?? "", endsOn: ends_on ?? "",
            firstMeetingDays: first_meeting_days ?? ""
        )
    }

    init(_ programme: Programme) {
        name = programme.name
        description = programme.description
        type = programme.type.rawValue
        mode = programme.mode.rawValue
        default_capacity = String(programme.defaultCapacity)
        questions = programme.questions
        enrolment_starts = programme.enrolmentStarts
        matching_starts = programme.matchingStarts
        active_starts = programme.activeStarts
        closing_starts = programme.closingStarts
        ends_on = programme.endsOn
        first_meeting_days = String(programme.firstMeetingDays)
        managers_may_mentor_reports = programme.managersMayMentorReports ? "on" : nil
        response_window_days = String(programme.responseWindowDays)
        max_open_requests = String(programme.maxOpenRequests)
    }

    init() {
        type = ProgrammeType.oneToOne.rawValue
        mode = ProgrammeMode.informal.rawValue
        default_capacity = "2"
        response_window_days = String(RequestPolicy.standard.responseWindowDays)
        max_open_requests = String(RequestPolicy.standard.maxOpenRequests)
        first_meeting_days = String(HealthRules.defaultFirstMeetingDays)
    }
}
