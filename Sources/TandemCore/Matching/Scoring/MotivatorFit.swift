/// Shared reasons for taking part: two or more in common is full marks.
public enum MotivatorFit {
    static let sharedForFullMarks = 2

    static func bit(_ motivator: Motivator) -> UInt32 {
        let index = Motivator.allCases.firstIndex(of: motivator) ?? 0
        return 1 << UInt32(index)
    }

    public static func fraction(_ a: PreparedProfile, _ b: PreparedProfile) -> Double {
        let shared = (a.motivatorMask & b.motivatorMask).nonzeroBitCount
        return Swift.min(1, Double(shared) / Double(sharedForFullMarks))
    }

    /// The motivators both list, in the first profile's order.
    public static func shared(_ a: MatchProfile, _ b: MatchProfile) -> [Motivator] {
        var seen: Set<Motivator> = []
        return a.motivators.filter { b.motivators.contains($0) && seen.insert($0).inserted }
    }

    /// "Both want to grow as leaders and build confidence".
    public static func sentence(_ shared: [Motivator]) -> String {
        "Both want to " + ListPhrase.join(shared.map(phrase))
    }

    static func phrase(_ motivator: Motivator) -> String {
        switch motivator {
        case .careerGrowth: "grow their careers"
        case .givingBack: "give back"
        case .learningNewPerspectives: "learn new perspectives"
        case .networking: "widen their networks"
        case .leadership: "grow as leaders"
        case .confidence: "build confidence"
        case .wellbeing: "look after their wellbeing"
        case .innovation: "drive innovation"
        }
    }
}
