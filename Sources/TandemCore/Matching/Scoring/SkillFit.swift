/// How well one person's offered skills meet another's wanted skills, with levels.
/// Used for mentor→mentee (skills) and mentee→mentor (reciprocity); peers use it both ways.
public enum SkillFit {
    /// Wanted skills beyond this many do not raise the fit further: covering three well is full marks.
    static let skillsForFullMarks = 3

    /// 0...1: each wanted skill the teacher offers adds level/3, over min(wanted, 3).
    public static func fraction(teacher: PreparedProfile, learner: PreparedProfile) -> Double {
        let wanted = learner.wantedSkills
        if wanted.isEmpty { return 0 }
        let offered = teacher.offeredSkills
        var (i, j, sum) = (0, 0, 0)
        while i < wanted.count, j < offered.count {
            if wanted[i] == offered[j] {
                sum += teacher.offeredLevels[j]
                i += 1
                j += 1
            } else if wanted[i] < offered[j] { i += 1 } else { j += 1 }
        }
        let covered = Double(sum) / Double(SkillTag.levels.upperBound)
        return Swift.min(1, covered / Double(Swift.min(wanted.count, skillsForFullMarks)))
    }

    /// The teacher's tags that the learner wants, in the learner's order, for explanations.
    public static func matches(teacher: MatchProfile, learner: MatchProfile) -> [SkillTag] {
        var seen: Set<String> = []
        return learner.skillsWanted.compactMap { wanted in
            let key = wanted.name.lowercased()
            guard seen.insert(key).inserted else { return nil }
            return teacher.skillsOffered.filter { $0.name.lowercased() == key }.max { $0.level < $1.level }
        }
    }

    /// "SQL (level 3) and Swift (level 2)".
    static func describe(_ tags: [SkillTag]) -> String {
        ListPhrase.join(tags.map { "\($0.name) (level \($0.level))" })
    }
}

/// Joins phrases as a person would: "a", "a and b", "a, b and c".
enum ListPhrase {
    static func join(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
