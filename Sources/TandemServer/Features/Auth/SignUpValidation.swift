import Foundation
import TandemCore

struct ValidSignUp {
    let organisationName: String
    let name: String
    let email: String
    let password: String
    let timeZone: String
}

enum SignUpValidation {
    static func validate(_ form: SignUpForm) throws -> ValidSignUp {
        var errors: [FieldError] = []
        let orgName = (form.organisation_name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if orgName.isEmpty || TextLimit.exceeds(orgName, characters: 120) {
            errors.append(FieldError(field: "organisation_name", code: "invalid", message: TextLimit.tooLongMessage(
                "Enter your organisation's name (up to 120 characters).", for: orgName, characters: 120)))
        }
        let name = (form.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || TextLimit.exceeds(name, characters: 120) {
            errors.append(FieldError(field: "name", code: "invalid", message: TextLimit.tooLongMessage(
                "Enter your name (up to 120 characters).", for: name, characters: 120)))
        }
        let email = Email.normalise(form.email ?? "")
        if email == nil {
            errors.append(FieldError(field: "email", code: "invalid", message: "Enter an email address like name@example.com."))
        }
        let password = form.password ?? ""
        if let problem = PasswordPolicy.validate(password) { errors.append(problem) }
        let zone = (form.time_zone ?? "UTC").trimmingCharacters(in: .whitespaces)
        if TimeZone(identifier: zone) == nil {
            errors.append(FieldError(field: "time_zone", code: "invalid", message: "Enter a time zone such as Europe/London or America/New_York."))
        }
        if !errors.isEmpty { throw ValidationFailure(errors) }
        return ValidSignUp(organisationName: orgName, name: name, email: email!, password: password, timeZone: zone)
    }
}
