/// Why someone takes part; used for matching and for the profile page.
public enum Motivator: String, LabelledChoice {
    case careerGrowth = "career_growth"
    case givingBack = "giving_back"
    case learningNewPerspectives = "learning_new_perspectives"
    case networking
    case leadership
    case confidence
    case wellbeing
    case innovation

    public var label: String {
        switch self {
        case .careerGrowth: "Career growth"
        case .givingBack: "Giving back"
        case .learningNewPerspectives: "Learning new perspectives"
        case .networking: "Networking"
        case .leadership: "Leadership"
        case .confidence: "Confidence"
        case .wellbeing: "Wellbeing"
        case .innovation: "Innovation"
        }
    }
}
