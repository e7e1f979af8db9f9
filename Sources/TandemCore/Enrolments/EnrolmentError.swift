/// Why someone cannot enrol in, or leave, a programme role, or act in a programme without one.
public enum EnrolmentError: CodedError, Equatable {
    case roleNotAllowed
    case closed
    case alreadyEnrolled
    case notEnrolled
    /// Sending requests needs an active enrolment in the asking role (mentee, or peer).
    case required(EnrolmentRole)

    public var code: String {
        switch self {
        case .roleNotAllowed: "enrolment.role_not_allowed"
        case .closed: "enrolment.closed"
        case .alreadyEnrolled: "enrolment.exists"
        case .notEnrolled: "enrolment.not_found"
        case .required: "enrolment.required"
        }
    }

    public var message: String {
        switch self {
        case .roleNotAllowed: "This programme does not take that role."
        case .closed: "Enrolment for this programme is not open right now."
        case .alreadyEnrolled: "You are already enrolled in this role."
        case .notEnrolled: "You are not enrolled in this role."
        case .required(let role): "Enrol in this programme as \(role.rawValue) before sending requests."
        }
    }
}
