/// Every kind of notification, one per domain event. Stored as its raw value; people choose a
/// delivery per kind (see `DeliveryChoice`).
public enum NotificationKind: String, Codable, Sendable, CaseIterable {
    case requestReceived = "request_received"
    case requestAccepted = "request_accepted"
    case requestDeclined = "request_declined"
    case requestWithdrawn = "request_withdrawn"
    /// To the mentee: nobody answered in time; alternatives are offered.
    case requestExpired = "request_expired"
    /// To the mentor: a request to them expired unanswered.
    case requestLapsed = "request_lapsed"
    case meetingScheduled = "meeting_scheduled"
    case meetingMoved = "meeting_moved"
    case meetingCancelled = "meeting_cancelled"
    case checkInAwaitingConfirmation = "check_in_awaiting_confirmation"
    case message
    case feedbackReceived = "feedback_received"
    case surveyDue = "survey_due"
    case phaseChanged = "phase_changed"
    case announcement
    case planMessage = "plan_message"
    case nudgeRequestWaiting = "nudge_request_waiting"
    case nudgeCheckInDue = "nudge_check_in_due"
    case nudgeSurveyOpen = "nudge_survey_open"
    case agreementProposed = "agreement_proposed"
    case agreementInForce = "agreement_in_force"
    case nudgeRelationshipAtRisk = "nudge_relationship_at_risk"
    case relationshipEscalated = "relationship_escalated"
    case rematchOffered = "rematch_offered"
    case relationshipClosed = "relationship_closed"
    case invitation
    case passwordReset = "password_reset"

    /// Security emails always go by email at once, whatever the person chose; they carry no
    /// unsubscribe link.
    public var isSecurity: Bool { self == .invitation || self == .passwordReset }

    public var isNudge: Bool {
        self == .nudgeRequestWaiting || self == .nudgeCheckInDue || self == .nudgeSurveyOpen || self == .nudgeRelationshipAtRisk
    }

    /// What the preferences page calls this kind.
    public var label: String {
        switch self {
        case .requestReceived: "A mentoring request arrives"
        case .requestAccepted: "Your request is accepted"
        case .requestDeclined: "Your request is declined"
        case .requestWithdrawn: "A request to you is withdrawn"
        case .requestExpired: "Your request expired unanswered"
        case .requestLapsed: "A request to you expired unanswered"
        case .meetingScheduled: "A meeting is scheduled"
        case .meetingMoved: "A meeting is moved"
        case .meetingCancelled: "A meeting is cancelled"
        case .checkInAwaitingConfirmation: "A check-in awaits your confirmation"
        case .message: "A new message"
        case .feedbackReceived: "Feedback for you"
        case .surveyDue: "A survey is due"
        case .phaseChanged: "A programme enters a new phase"
        case .announcement: "Announcements"
        case .planMessage: "Programme messages"
        case .nudgeRequestWaiting: "Reminder: requests waiting for your answer"
        case .nudgeCheckInDue: "Reminder: a check-in is due"
        case .nudgeSurveyOpen: "Reminder: a survey waits for you"
        case .agreementProposed: "An agreement (or a change to it) awaits your confirmation"
        case .agreementInForce: "Your mentoring agreement is in force"
        case .nudgeRelationshipAtRisk: "Reminder: your mentoring relationship needs some attention"
        case .relationshipEscalated: "A relationship in a programme you run needs attention (admins)"
        case .rematchOffered: "You can choose a new mentor after a re-match"
        case .relationshipClosed: "The programme team ends a relationship of yours"
        case .invitation: "Invitations"
        case .passwordReset: "Password resets"
        }
    }

    /// The kinds a person may choose a delivery for (security emails are not among them).
    public static var choosable: [NotificationKind] { allCases.filter { !$0.isSecurity } }
}
