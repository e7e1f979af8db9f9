/// A cadence form (or API body) as typed: `cadence` is a `Cadence` raw value, and `custom_days`
/// matters only when the cadence is custom.
public struct CadenceDraft: Sendable, Hashable, Codable {
    public var cadence: String
    public var customDays: String

    public init(cadence: String = "", customDays: String = "") {
        self.cadence = cadence
        self.customDays = customDays
    }

    enum CodingKeys: String, CodingKey {
        case cadence
        case customDays = "custom_days"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(cadence: c.draftText(.cadence), customDays: c.draftText(.customDays))
    }

    /// The chosen rhythm, or every problem at once. `custom_days` is ignored unless the cadence
    /// is custom, so a form that keeps a stale number in a hidden input still validates.
    public func validate() throws(ValidationFailure) -> CheckInRhythm {
        var errors = FieldErrorCollector()
        let cadence = errors.choice(
            cadence, as: Cadence.self, field: "cadence", message: "Choose how often you will meet.")
        var days: Int?
        if cadence == .custom {
            days = errors.integer(
                customDays, field: "custom_days", in: CheckInRhythm.customDaysRange,
                message: "Say how many days apart, from 1 to 365.")
        }
        try errors.throwIfAny()
        guard let cadence else { throw ValidationFailure(errors.errors) }
        return CheckInRhythm(cadence: cadence, customDays: days)
    }
}
