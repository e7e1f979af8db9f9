import Foundation

/// What an admin typed to narrow the audit log: a person's email, an action, and a date range
/// in their own time zone (both days included).
public struct AuditFilterDraft: Sendable, Hashable {
    public var person: String
    public var action: String
    public var from: String
    public var to: String

    public init(person: String = "", action: String = "", from: String = "", to: String = "") {
        self.person = person
        self.action = action
        self.from = from
        self.to = to
    }

    public var isEmpty: Bool { [person, action, from, to].allSatisfy { $0.trimmed.isEmpty } }
}

public struct ValidAuditFilter: Sendable, Hashable {
    /// Lower-cased; empty for everyone.
    public let personEmail: String
    /// Empty for every action.
    public let action: String
    /// From the start of `from` up to (not including) the start of the day after `to`.
    public let since: Date?
    public let until: Date?
}

extension AuditFilterDraft {
    public static let actionLimit = 80

    public func validate(zone: TimeZone) throws(ValidationFailure) -> ValidAuditFilter {
        var errors = FieldErrorCollector()
        let person = errors.text(self.person, field: "person", max: Email.maxLength,
                                 tooLong: "An email address is at most \(Email.maxLength) characters.").lowercased()
        let action = errors.text(self.action, field: "action", max: Self.actionLimit,
                                 tooLong: "An action name is at most \(Self.actionLimit) characters.")
        let fromDay = Self.day(from, field: "from", errors: &errors)
        let toDay = Self.day(to, field: "to", errors: &errors)
        if let fromDay, let toDay, toDay < fromDay {
            errors.add("to", .invalid, "The last day comes before the first day.")
        }
        try errors.throwIfAny()
        return ValidAuditFilter(personEmail: person, action: action, since: fromDay?.startInstant(in: zone),
                                until: toDay?.adding(days: 1).startInstant(in: zone))
    }

    private static func day(_ raw: String, field: String, errors: inout FieldErrorCollector) -> LocalDate? {
        let text = raw.trimmed
        guard !text.isEmpty else { return nil }
        guard let day = LocalDate(iso: text) else {
            errors.add(field, .invalid, "Use a date like 2026-12-05.")
            return nil
        }
        return day
    }
}
