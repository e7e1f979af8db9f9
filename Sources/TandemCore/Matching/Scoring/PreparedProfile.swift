/// A profile with its names interned and its motivators as a bit mask, ready for fast scoring.
/// Build these once per set of profiles (see `ScoringIndex`) and reuse them.
public struct PreparedProfile: Sendable {
    public let profile: MatchProfile
    /// Offered skill ids, sorted, with the level for each.
    let offeredSkills: [Int32]
    let offeredLevels: [Int]
    /// Wanted skill ids, sorted, without repeats.
    let wantedSkills: [Int32]
    let languages: [Int32]
    let department: Int32
    let motivatorMask: UInt32

    public init(_ profile: MatchProfile, vocabulary: inout MatchVocabulary) {
        self.init(profile) { vocabulary.intern($0) }
    }

    /// Prepares a profile against a fixed vocabulary without growing it: names it does not know
    /// get ids of their own (negative) that match nothing in it. Used for one mentee at a time.
    public init(_ profile: MatchProfile, lookingUpIn vocabulary: MatchVocabulary) {
        var unknown: [String: Int32] = [:]
        self.init(profile) { name in
            if let id = vocabulary.lookup(name) { return id }
            let key = name.lowercased()
            if let id = unknown[key] { return id }
            let id = Int32(-1 - unknown.count)
            unknown[key] = id
            return id
        }
    }

    private init(_ profile: MatchProfile, id: (String) -> Int32) {
        self.profile = profile
        // A repeated skill keeps its highest level.
        var best: [Int32: Int] = [:]
        for tag in profile.skillsOffered {
            let key = id(tag.name)
            best[key] = Swift.max(best[key] ?? 0, tag.level)
        }
        offeredSkills = best.keys.sorted()
        offeredLevels = offeredSkills.map { best[$0] ?? 0 }
        wantedSkills = Array(Set(profile.skillsWanted.map { id($0.name) })).sorted()
        languages = Array(Set(profile.languages.map(id))).sorted()
        department = id("department:" + profile.department)
        motivatorMask = profile.motivators.reduce(0) { $0 | MotivatorFit.bit($1) }
    }

    /// Prepares many profiles over one shared vocabulary.
    public static func prepare(_ profiles: [MatchProfile], vocabulary: inout MatchVocabulary) -> [PreparedProfile] {
        profiles.map { PreparedProfile($0, vocabulary: &vocabulary) }
    }
}
