/// A person's role in their organisation.
// `coordinator` is per programme (docs/rules.md "Tenancy and accounts") and arrives with programme staffing;
// it will likely live on the enrolment rather than here.
public enum UserRole: String, LabelledChoice {
    case admin
    case participant

    public var label: String {
        switch self {
        case .admin: "Admin"
        case .participant: "Participant"
        }
    }
}
