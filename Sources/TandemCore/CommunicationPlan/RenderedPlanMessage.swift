/// A plan message filled in for one person and escaped for one target.
public struct RenderedPlanMessage: Sendable, Hashable {
    public let subject: String
    public let body: String

    public init(subject: String, body: String) {
        self.subject = subject
        self.body = body
    }

    /// Fills `subject` and `body` for one person, then escapes both for `escaping`. Filling comes
    /// first and escaping covers the whole result, so placeholder values (names people chose) are
    /// escaped exactly like the admin's own words.
    public static func render(subject: String, body: String, values: PlanPlaceholderValues,
                              escaping: PlanEscaping) -> RenderedPlanMessage {
        RenderedPlanMessage(
            subject: escaping.escapeLine(PlanTemplate.fill(subject, with: values)),
            body: escaping.escapeBody(PlanTemplate.fill(body, with: values)))
    }
}
