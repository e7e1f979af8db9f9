import TandemCore

/// One option of a select or a group of checkboxes, as a template shows it: the value sent,
/// its words, and whether it is chosen.
struct Choice: Encodable {
    let value: String
    let label: String
    let selected: Bool

    static func list<E: RawRepresentable & CaseIterable>(_ type: E.Type, selected: String?, label: (E) -> String) -> [Choice]
        where E.RawValue == String
    {
        E.allCases.map { Choice(value: $0.rawValue, label: label($0), selected: $0.rawValue == selected) }
    }
}

extension Choice {
    /// The organisation roles, participant first, for a role select.
    static func roles(selected: String) -> [Choice] {
        [UserRole.participant, .admin].map { Choice(value: $0.rawValue, label: $0.label, selected: $0.rawValue == selected) }
    }
}
