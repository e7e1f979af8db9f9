/// A fixed set of options stored by a stable raw value and shown by a human label,
/// so the server can build `<select>` options and radio lists generically.
public protocol LabelledChoice: RawRepresentable<String>, CaseIterable, Codable, Sendable, Hashable {
    var label: String { get }
}
