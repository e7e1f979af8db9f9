/// How a programme scores pairs: a weight per criterion (relative, any non-negative integers)
/// and the hard constraints that rule pairs out.
public struct MatchCriteria: Sendable, Codable, Hashable {
    public var skillsWeight: Int
    public var motivatorsWeight: Int
    public var communicationWeight: Int
    public var languageWeight: Int
    public var timeZoneWeight: Int
    public var seniorityWeight: Int
    public var departmentWeight: Int
    /// Co-mentoring: whether the mentee can also teach the mentor something.
    public var reciprocityWeight: Int
    public var direction: SeniorityDirection
    public var departmentPreference: DepartmentPreference
    public var requireCommonLanguage: Bool
    public var allowManagerAsMentor: Bool
    public var excludedDepartmentPairs: [DepartmentPair]

    public init(
        skillsWeight: Int = 40, motivatorsWeight: Int = 15, communicationWeight: Int = 10,
        languageWeight: Int = 5, timeZoneWeight: Int = 10, seniorityWeight: Int = 15,
        departmentWeight: Int = 5, reciprocityWeight: Int = 0,
        direction: SeniorityDirection = .mentorSenior, departmentPreference: DepartmentPreference = .different,
        requireCommonLanguage: Bool = true, allowManagerAsMentor: Bool = false,
        excludedDepartmentPairs: [DepartmentPair] = []
    ) {
        self.skillsWeight = skillsWeight
        self.motivatorsWeight = motivatorsWeight
        self.communicationWeight = communicationWeight
        self.languageWeight = languageWeight
        self.timeZoneWeight = timeZoneWeight
        self.seniorityWeight = seniorityWeight
        self.departmentWeight = departmentWeight
        self.reciprocityWeight = reciprocityWeight
        self.direction = direction
        self.departmentPreference = departmentPreference
        self.requireCommonLanguage = requireCommonLanguage
        self.allowManagerAsMentor = allowManagerAsMentor
        self.excludedDepartmentPairs = excludedDepartmentPairs
    }
}

/// Which side of a pair should be more senior.
public enum SeniorityDirection: String, Sendable, Codable, Hashable, CaseIterable {
    case mentorSenior = "mentor_senior"
    /// Reverse mentoring: the junior colleague mentors the senior one.
    case menteeSenior = "mentee_senior"
    case similar
}

public enum DepartmentPreference: String, Sendable, Codable, Hashable, CaseIterable {
    case different, same, indifferent
}

/// Two departments whose people must not be paired (either way round, ignoring case),
/// for example Audit and Finance.
public struct DepartmentPair: Sendable, Codable, Hashable {
    public var first: String
    public var second: String

    public init(_ first: String, _ second: String) {
        self.first = first
        self.second = second
    }

    func matches(_ a: String, _ b: String) -> Bool {
        let (x, y, p, q) = (first.lowercased(), second.lowercased(), a.lowercased(), b.lowercased())
        return (x == p && y == q) || (x == q && y == p)
    }
}
