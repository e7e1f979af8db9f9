/// What a lookup can fail to find. The raw value is the prefix of the code, as in `goal.not_found`.
public enum Resource: String, Sendable, CaseIterable {
    case action, concern, goal, invitation, meeting, mentor, milestone, organisation, person
    case profile, programme, relationship, request, survey, update
    case planMessage = "plan_message"
    case calendarFeed = "calendar_feed"
    case matchRun = "match_run"
    case notification, job, integration, agreement
    case outboxEmail = "email"

    /// The resource in words, for messages.
    public var noun: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}

/// Failures of access, whatever the feature: not there (or not yours), not signed in, not allowed.
/// Another organisation's records are always `notFound`, never `forbidden`, so ids leak nothing.
public enum AccessError: CodedError, Equatable {
    case notFound(Resource)
    case signInRequired
    case forbidden
    case formExpired

    public var code: String {
        switch self {
        case .notFound(let resource): "\(resource.rawValue).not_found"
        case .signInRequired: "auth.required"
        case .forbidden: "auth.forbidden"
        case .formExpired: "csrf.invalid"
        }
    }

    public var message: String {
        switch self {
        case .notFound(let resource): "We could not find that \(resource.noun)."
        case .signInRequired: "Sign in to continue."
        case .forbidden: "Your role does not allow this."
        case .formExpired: "This form has expired. Reload the page and try again."
        }
    }
}
