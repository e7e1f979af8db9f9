/// The preferences form as sent: kind's raw value → choice's raw value.
public struct DeliveryChoicesDraft: Sendable {
    public var raw: [String: String]

    public init(_ raw: [String: String]) { self.raw = raw }

    /// Each named kind with its choice. An unknown kind or choice, or a security kind, is a field
    /// problem, and nothing is valid then.
    public func validate() throws -> [(NotificationKind, DeliveryChoice)] {
        var problems = FieldErrorCollector()
        var valid: [(NotificationKind, DeliveryChoice)] = []
        for (key, value) in raw.sorted(by: { $0.key < $1.key }) {
            guard let kind = NotificationKind(rawValue: key), !kind.isSecurity else {
                problems.add(key, .invalid, "There is no notification of this kind to choose for.")
                continue
            }
            guard let choice = DeliveryChoice(rawValue: value) else {
                problems.add(key, .invalid, "Choose one of the options offered.")
                continue
            }
            valid.append((kind, choice))
        }
        try problems.throwIfAny()
        return valid
    }
}
