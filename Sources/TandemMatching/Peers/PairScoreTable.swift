import TandemCore

/// Score lookup by unordered pair. A flat byte matrix for pools up to a few thousand people (fast,
/// at most 36 MB), a dictionary beyond that.
struct PairScoreTable: Sendable {
    private static let none: UInt8 = 255
    private static let flatLimit = 6_000
    let count: Int
    private var flat: [UInt8]
    private var sparse: [Int: UInt8] = [:]

    init(count: Int) {
        self.count = count
        flat = count <= Self.flatLimit ? Array(repeating: Self.none, count: count * count) : []
    }

    /// Scores are 0–100, so a byte holds them; `nil` means no allowed pair.
    subscript(a: Int, b: Int) -> Int? {
        get {
            let key = min(a, b) * count + max(a, b)
            let raw = flat.isEmpty ? (sparse[key] ?? Self.none) : flat[key]
            return raw == Self.none ? nil : Int(raw)
        }
        set {
            let key = min(a, b) * count + max(a, b)
            let raw = newValue.map { UInt8($0) } ?? Self.none
            if flat.isEmpty {
                sparse[key] = raw == Self.none ? nil : raw
            } else {
                flat[key] = raw
            }
        }
    }
}
