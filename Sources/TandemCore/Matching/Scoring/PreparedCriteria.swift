/// Criteria with the excluded department pairs interned, for fast eligibility checks.
public struct PreparedCriteria: Sendable {
    public let criteria: MatchCriteria
    /// Unordered department-id pairs packed as `min << 32 | max`.
    let excludedPairs: Set<UInt64>
    /// The sum of the weights that apply; points are shares of it.
    let totalWeight: Int

    public init(_ criteria: MatchCriteria, vocabulary: inout MatchVocabulary) {
        self.criteria = criteria
        var pairs: Set<UInt64> = []
        for pair in criteria.excludedDepartmentPairs {
            let a = vocabulary.intern("department:" + pair.first)
            let b = vocabulary.intern("department:" + pair.second)
            pairs.insert(Self.key(a, b))
        }
        excludedPairs = pairs
        let c = criteria
        let department = c.departmentPreference == .indifferent ? 0 : c.departmentWeight
        totalWeight = [
            c.skillsWeight, c.reciprocityWeight, c.motivatorsWeight, c.communicationWeight,
            c.languageWeight, c.timeZoneWeight, c.seniorityWeight, department,
        ].reduce(0) { $0 + Swift.max(0, $1) }
    }

    static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(Swift.min(a, b))) << 32 | UInt64(UInt32(Swift.max(a, b)))
    }
}
