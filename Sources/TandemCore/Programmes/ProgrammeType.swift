/// The shape of mentoring a programme offers. See docs/rules.md "Programme types".
public enum ProgrammeType: String, LabelledChoice {
    case oneToOne = "one_to_one"
    case reverse
    case peer
    case group
    case coMentoring = "co_mentoring"

    public var label: String {
        switch self {
        case .oneToOne: "One-to-one"
        case .reverse: "Reverse mentoring"
        case .peer: "Peer mentoring"
        case .group: "Group circle"
        case .coMentoring: "Co-mentoring"
        }
    }

    /// Two-sided types enrol mentors and mentees; peer types enrol everyone as a peer.
    public var isTwoSided: Bool {
        switch self {
        case .oneToOne, .reverse, .group: true
        case .peer, .coMentoring: false
        }
    }

    public var allowedRoles: [EnrolmentRole] {
        isTwoSided ? [.mentor, .mentee] : [.peer]
    }

    /// One sentence for people choosing or joining a programme.
    public var summary: String {
        switch self {
        case .oneToOne: "One mentor supports one mentee."
        case .reverse: "Junior colleagues mentor senior colleagues, for example on digital skills."
        case .peer: "Colleagues at a similar level support each other as equals."
        case .group: "One mentor leads a circle of several mentees."
        case .coMentoring: "Two colleagues take turns mentoring each other, each sharing what they know."
        }
    }
}
