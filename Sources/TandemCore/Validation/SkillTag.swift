/// A skill with a self-rated level: 1 some experience, 2 practised, 3 expert.
public struct SkillTag: Sendable, Hashable, Codable {
    public static let levels = 1...3
    public static let maxNameLength = 40

    public let name: String
    public let level: Int

    public init(name: String, level: Int = 1) {
        self.name = name
        self.level = level
    }

    /// "Swift:3", the form `SkillTagList.parse` reads back.
    public var formatted: String { "\(name):\(level)" }
}
