import Foundation

/// The first person's sign-up, as typed: their organisation, themselves and their password.
public struct SignUpDraft: Sendable, Hashable {
    public static let maxNameLength = 120

    public var organisationName: String
    public var name: String
    public var email: String
    public var password: String
    public var timeZone: String

    public init(organisationName: String = "", name: String = "", email: String = "", password: String = "", timeZone: String = "UTC") {
        self.organisationName = organisationName
        self.name = name
        self.email = email
        self.password = password
        self.timeZone = timeZone
    }

    /// The trimmed sign-up, or every problem at once.
    public func validate() throws(ValidationFailure) -> ValidSignUp {
        var errors: [FieldError] = []
        let orgName = organisationName.trimmed
        if orgName.isEmpty || TextLimit.exceeds(orgName, characters: Self.maxNameLength) {
            errors.append(FieldError(field: "organisation_name", .invalid, message: TextLimit.tooLongMessage(
                "Enter your organisation's name (up to 120 characters).", for: orgName, characters: Self.maxNameLength)))
        }
        let name = name.trimmed
        if let problem = Self.nameProblem(name) { errors.append(problem) }
        let email = Email.normalise(email)
        if email == nil {
            errors.append(FieldError(field: "email", .invalid, message: "Enter an email address like name@example.com."))
        }
        if let problem = PasswordPolicy.validate(password) { errors.append(problem) }
        let zone = timeZone.trimmingCharacters(in: .whitespaces)
        if TimeZone(identifier: zone) == nil {
            errors.append(FieldError(field: "time_zone", .invalid, message: "Enter a time zone such as Europe/London or America/New_York."))
        }
        guard errors.isEmpty, let email else { throw ValidationFailure(errors) }
        return ValidSignUp(organisationName: orgName, name: name, email: email, password: password, timeZone: zone)
    }

    /// A person's name, already trimmed: present and at most 120 characters. Used by sign-up and
    /// by an invited person joining.
    public static func nameProblem(_ name: String) -> FieldError? {
        guard name.isEmpty || TextLimit.exceeds(name, characters: maxNameLength) else { return nil }
        return FieldError(field: "name", .invalid, message: TextLimit.tooLongMessage(
            "Enter your name (up to 120 characters).", for: name, characters: maxNameLength))
    }
}

/// A sign-up after validation.
public struct ValidSignUp: Sendable, Hashable {
    public let organisationName: String
    public let name: String
    public let email: String
    public let password: String
    public let timeZone: String
}
