/// Who may see a goal. Admins never see a goal's text, only counts across the programme.
public enum GoalVisibility: String, LabelledChoice {
    case pair
    case admins

    public var label: String {
        switch self {
        case .pair: "Only us"
        case .admins: "Us, and programme admins in aggregate"
        }
    }
}
