import Foundation

extension AgreementDraft {
    /// The valid terms, or every problem at once.
    /// - Parameters:
    ///   - members: the relationship's current members; hopes may name only them.
    ///   - today: the local day the edit is made; the review date must come after it.
    public func validate(members: [UUID], today: LocalDate) throws(ValidationFailure) -> AgreementTerms {
        var errors = FieldErrorCollector()
        var rhythm: CheckInRhythm?
        do {
            rhythm = try CadenceDraft(cadence: cadence, customDays: customDays).validate()
        } catch {
            error.fields.forEach { errors.add($0) }
        }
        let format = errors.choice(format, as: MeetingFormat.self, field: "format", message: "Choose how you will meet.")
        let hopes = validHopes(&errors, members: members)
        let confidentiality = errors.text(
            confidentiality, field: "confidentiality", required: "Say what stays between you.",
            max: AgreementTerms.maxTextLength,
            tooLong: "Keep confidentiality to \(AgreementTerms.maxTextLength) characters or fewer.")
        let feedback = errors.text(
            feedback, field: "feedback", required: "Say how you will give each other feedback.",
            max: AgreementTerms.maxTextLength,
            tooLong: "Keep this to \(AgreementTerms.maxTextLength) characters or fewer.")
        let review = validReview(&errors, today: today)
        try errors.throwIfAny()
        guard let rhythm, let format, let review else { throw ValidationFailure(errors.errors) }
        return AgreementTerms(rhythm: rhythm, format: format, hopes: hopes, confidentiality: confidentiality,
                              feedback: feedback, reviewOn: review)
    }

    /// The field name of a member's "gives" or "gets" input, as the form names it.
    public static func hopeField(_ part: String, of userID: UUID) -> String {
        "\(part)[\(userID.uuidString.lowercased())]"
    }

    private func validHopes(_ errors: inout FieldErrorCollector, members: [UUID]) -> [UUID: MemberHopes] {
        var result: [UUID: MemberHopes] = [:]
        for entry in hopes {
            guard let id = UUID(uuidString: entry.userID.trimmed), members.contains(id) else {
                if !entry.gives.trimmed.isEmpty || !entry.gets.trimmed.isEmpty {
                    errors.add("hopes", .invalid, "Hopes can only be written for the members of this relationship.")
                }
                continue
            }
            let limit = AgreementTerms.maxHopeLength
            let gives = errors.text(entry.gives, field: Self.hopeField("gives", of: id), max: limit,
                                    tooLong: "Keep this to \(limit) characters or fewer.")
            let gets = errors.text(entry.gets, field: Self.hopeField("gets", of: id), max: limit,
                                   tooLong: "Keep this to \(limit) characters or fewer.")
            result[id] = MemberHopes(gives: gives, gets: gets)
        }
        return result
    }

    private func validReview(_ errors: inout FieldErrorCollector, today: LocalDate) -> LocalDate? {
        let text = reviewOn.trimmed
        let message = "Choose a review or end date in the next two years."
        guard !text.isEmpty else {
            errors.add("review_on", .required, message)
            return nil
        }
        guard let day = LocalDate(iso: text) else {
            errors.add("review_on", .invalid, "Enter the date as YYYY-MM-DD.")
            return nil
        }
        guard day > today else {
            errors.add("review_on", .notInFuture, "Pick a review or end date after today.")
            return nil
        }
        guard day <= today.adding(days: AgreementTerms.maxReviewDays) else {
            errors.add("review_on", .outOfRange, message)
            return nil
        }
        return day
    }
}
