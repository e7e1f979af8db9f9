/// Interns lower-cased names (skills, languages, departments) as small integers, so that
/// scoring a pair compares sorted integer lists instead of strings.
public struct MatchVocabulary: Sendable {
    private var ids: [String: Int32] = [:]

    public init() {}

    /// The id of `name` ignoring case, adding it if new.
    mutating func intern(_ name: String) -> Int32 {
        let key = name.lowercased()
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
    }

    /// The id of `name` ignoring case, if known.
    func lookup(_ name: String) -> Int32? { ids[name.lowercased()] }
}

extension Array where Element == Int32 {
    /// Whether two sorted id lists share an element; a merge, no allocation.
    func intersects(_ other: [Int32]) -> Bool {
        var (i, j) = (0, 0)
        while i < count, j < other.count {
            if self[i] == other[j] { return true }
            if self[i] < other[j] { i += 1 } else { j += 1 }
        }
        return false
    }
}
