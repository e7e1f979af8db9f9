import Foundation

/// The fixed list of placeholders a plan message may use, written `{{first_name}}` in the text.
/// Admin-written text is never rendered with Leaf (docs/rules.md "Leaf"): `PlanTemplate` swaps
/// these in, and nothing else.
public enum PlanPlaceholder: String, Sendable, CaseIterable {
    case firstName = "first_name"
    case programme
    case partner
    case link

    /// "{{first_name}}", as an admin types it.
    public var token: String { "{{\(rawValue)}}" }

    /// "{{first_name}}, {{programme}}, {{partner}} or {{link}}", for hints and messages.
    public static var list: String {
        let tokens = allCases.map(\.token)
        return tokens.dropLast().joined(separator: ", ") + " or " + (tokens.last ?? "")
    }
}

/// One person's values for the placeholders.
public struct PlanPlaceholderValues: Sendable, Hashable {
    public var firstName: String
    public var programme: String
    /// Nil for someone with no partner in the programme; `partnerFallback` is used instead.
    public var partner: String?
    /// The full address of the place to act.
    public var link: String

    public static let partnerFallback = "your mentoring partner"

    public init(firstName: String, programme: String, partner: String?, link: String) {
        self.firstName = firstName
        self.programme = programme
        self.partner = partner
        self.link = link
    }

    public func value(of placeholder: PlanPlaceholder) -> String {
        switch placeholder {
        case .firstName: firstName
        case .programme: programme
        case .partner: partner ?? Self.partnerFallback
        case .link: link
        }
    }

    /// The first word of a full name, which is what "first name" means for a display name.
    public static func firstName(of fullName: String) -> String {
        fullName.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? fullName
    }
}
