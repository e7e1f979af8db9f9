/// Reads and writes skill lists as people type them: "Swift:3, SQL, public speaking:2".
public enum SkillTagList {
    /// Per list: a profile may offer 30 skills and want 30.
    public static let maxCount = 30

    /// Tags in the order typed. A missing level means 1; blank entries are skipped; a repeated
    /// name (ignoring case) keeps its first entry. The error is for `field`.
    public static func parse(_ raw: String, field: String = "skills") -> Result<[SkillTag], FieldError> {
        var tags: [SkillTag] = []
        var seen: Set<String> = []
        for entry in raw.split(whereSeparator: { $0 == "," || $0.isNewline }) {
            let text = String(entry).trimmed
            if text.isEmpty { continue }
            let tag: SkillTag
            switch parseTag(text, field: field) {
            case .success(let parsed): tag = parsed
            case .failure(let error): return .failure(error)
            }
            if seen.insert(tag.name.lowercased()).inserted { tags.append(tag) }
        }
        if tags.count > maxCount {
            return .failure(FieldError(
                field: field, .tooMany,
                message: "List at most \(maxCount) skills; you entered \(tags.count)."))
        }
        return .success(tags)
    }

    /// "Swift:3, SQL:1". `parse(format(tags))` gives back `tags`.
    public static func format(_ tags: [SkillTag]) -> String {
        tags.map(\.formatted).joined(separator: ", ")
    }

    private static func parseTag(_ text: String, field: String) -> Result<SkillTag, FieldError> {
        var name = text
        var level = 1
        if let colon = text.lastIndex(of: ":") {
            name = String(text[..<colon]).trimmed
            let levelText = String(text[text.index(after: colon)...]).trimmed
            guard let parsed = Int(levelText), SkillTag.levels.contains(parsed) else {
                return .failure(FieldError(
                    field: field, .invalidLevel,
                    message: "Give “\(name)” a level from 1 to 3, like Swift:2."))
            }
            level = parsed
        }
        if name.isEmpty {
            return .failure(FieldError(
                field: field, .invalid, message: "Give each skill a name, like Swift:2."))
        }
        if TextLimit.exceeds(name, characters: SkillTag.maxNameLength) {
            return .failure(FieldError(
                field: field, .tooLong,
                message: "Keep each skill name to \(SkillTag.maxNameLength) characters or fewer."))
        }
        return .success(SkillTag(name: name, level: level))
    }
}
