/// How a person wants one kind of notification: always in the app (the bell), and optionally
/// by email at once or in one daily digest.
public enum DeliveryChoice: String, Codable, Sendable, CaseIterable {
    case inAppOnly = "in_app"
    case emailNow = "email"
    case dailyDigest = "digest"
    /// Nothing at all, not even in the app. Security emails cannot be switched off.
    case off

    /// Everything goes by email at once unless the person chooses otherwise.
    public static let `default`: DeliveryChoice = .emailNow

    /// Security emails ignore the choice and go at once.
    public static func effective(_ chosen: DeliveryChoice?, for kind: NotificationKind) -> DeliveryChoice {
        kind.isSecurity ? .emailNow : (chosen ?? .default)
    }

    public var label: String {
        switch self {
        case .inAppOnly: "In the app only"
        case .emailNow: "Email at once"
        case .dailyDigest: "Daily email digest"
        case .off: "Off"
        }
    }
}
