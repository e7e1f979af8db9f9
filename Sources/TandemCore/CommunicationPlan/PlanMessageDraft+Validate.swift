extension PlanMessageDraft {
    public static let subjectLimit = 200
    public static let bodyLimit = 5_000

    /// Checks every field at once. `mode` decides which events are allowed: informal programmes
    /// have no phase dates, so only the match can trigger their messages.
    /// - Throws: `ValidationFailure` listing each problem by field. An unknown `{{placeholder}}`
    ///   is a problem of its field, never dropped silently.
    public func validate(mode: ProgrammeMode) throws(ValidationFailure) -> ValidPlanMessage {
        var errors = FieldErrorCollector()
        let event = errors.choice(self.event, as: PlanEvent.self, field: "event", message: "Choose when this message goes.")
        if let event, !PlanEvent.allowed(in: mode).contains(event) {
            errors.add("event", .invalid, "Informal programmes have no phase dates; tie the message to the match.")
        }
        let offset = errors.integer(offsetDays, field: "offset_days", in: PlanTrigger.offsetRange,
                                    message: "Enter a number of days from -365 to 365 (negative is before).")
        if event == .matched, let offset, offset < 0 {
            errors.add("offset_days", .outOfRange, "A message about a match can only go on the match or after it.")
        }
        let audience = errors.choice(self.audience, as: PlanAudience.self, field: "audience", message: "Choose who receives this message.")
        if event?.isPerRelationship == true, audience == .unmatched {
            errors.add("audience", .invalid, "People who are not matched have no match to hear about. Choose another audience.")
        }
        let subject = errors.text(self.subject, field: "subject", required: "Write a subject.", max: Self.subjectLimit,
                                  tooLong: "Keep the subject to \(Self.subjectLimit) characters.")
        let body = errors.text(self.body, field: "body", required: "Write the message.", max: Self.bodyLimit,
                               tooLong: "Keep the message to \(Self.bodyLimit) characters.")
        checkPlaceholders(subject, field: "subject", into: &errors)
        checkPlaceholders(body, field: "body", into: &errors)
        let channels = Set(self.channels.compactMap { PlanChannel(rawValue: $0.trimmed) })
        if channels.isEmpty || channels.count != Set(self.channels.map(\.trimmed)).count {
            errors.add("channels", channels.isEmpty ? .required : .invalid, "Choose one or more of: in the app, email, Slack.")
        }
        try errors.throwIfAny()
        guard let event, let offset, let audience else { throw ValidationFailure(errors.errors) }
        return ValidPlanMessage(trigger: PlanTrigger(event, offsetDays: offset), audience: audience,
                                subject: subject, body: body, channels: channels, enabled: enabled)
    }

    private func checkPlaceholders(_ text: String, field: String, into errors: inout FieldErrorCollector) {
        let unknown = PlanTemplate.unknownPlaceholders(in: text)
        guard !unknown.isEmpty else { return }
        let named = unknown.map { "{{\($0)}}" }.joined(separator: ", ")
        errors.add(field, .invalid, "Unknown placeholder \(named). Use \(PlanPlaceholder.list).")
    }
}
