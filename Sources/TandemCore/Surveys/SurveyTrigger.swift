/// The programme point at which a survey is sent. Until a scheduler exists, a due survey
/// appears as an in-app prompt when the person next visits (docs/rules.md "Surveys").
/// `SurveySchedule.isDue` decides when each point is reached.
public enum SurveyTrigger: String, LabelledChoice {
    case pulse
    case midpoint
    case end
    case now

    public var label: String {
        switch self {
        case .pulse: "After a number of check-ins"
        case .midpoint: "Programme mid-point"
        case .end: "End of programme"
        case .now: "Straight away"
        }
    }
}
