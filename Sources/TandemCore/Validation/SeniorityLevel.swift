/// Seniority as a number 1–10 with a name for each level. Forms and CSV imports may send
/// either the number or the name.
public struct SeniorityLevel: Sendable, Hashable, Codable {
    public let value: Int
    public let name: String

    public static let all: [SeniorityLevel] = [
        "Entry", "Junior", "Intermediate", "Senior", "Lead",
        "Principal", "Manager", "Senior manager", "Director", "Executive",
    ].enumerated().map { SeniorityLevel(value: $0.offset + 1, name: $0.element) }

    public static let range = 1...10

    /// 1–10 from "7", "manager" or " Senior  Manager " (case and extra spaces ignored); else nil.
    public static func parse(_ raw: String) -> Int? {
        let text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        if let number = Int(text) { return range.contains(number) ? number : nil }
        return all.first { $0.name.lowercased() == text }?.value
    }

    /// "Manager" for 7; for out-of-range values, "Level N".
    public static func name(for value: Int) -> String {
        all.first { $0.value == value }?.name ?? "Level \(value)"
    }
}
