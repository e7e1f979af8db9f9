/// Why a match run cannot be started or approved.
public enum MatchRunError: CodedError, Equatable, CaseIterable {
    case programmeArchived
    case beforeMatchingPhase
    case programmeEnded
    case notReady
    case alreadyApproved

    public var code: String {
        switch self {
        case .programmeArchived, .beforeMatchingPhase, .programmeEnded: "match_run.closed"
        case .notReady: "match_run.not_ready"
        case .alreadyApproved: "match_run.already_approved"
        }
    }

    public var message: String {
        switch self {
        case .programmeArchived: "This programme is archived."
        case .beforeMatchingPhase: "Match runs open when the matching phase starts."
        case .programmeEnded: "This programme has ended."
        case .notReady: "Only a finished, unapproved run can be approved."
        case .alreadyApproved: "This run was already approved."
        }
    }
}
