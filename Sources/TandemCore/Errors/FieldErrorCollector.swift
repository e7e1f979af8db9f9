import Foundation

/// Gathers field errors while a draft is checked, so validators report every problem at once
/// instead of stopping at the first.
struct FieldErrorCollector {
    private(set) var errors: [FieldError] = []

    mutating func add(_ field: String, _ problem: FieldProblem, _ message: String) {
        errors.append(FieldError(field: field, problem, message: message))
    }

    mutating func add(_ error: FieldError) {
        errors.append(error)
    }

    /// Trimmed text, checked for presence and length: at most `max` characters and
    /// `TextLimit.maxBytes(forCharacters: max)` UTF-8 bytes. Returns the trimmed value even when
    /// it is invalid, so later checks can keep going.
    mutating func text(
        _ raw: String, field: String, required: String? = nil, max: Int, tooLong: String
    ) -> String {
        let value = raw.trimmed
        if value.isEmpty, let required {
            add(field, .required, required)
        } else if TextLimit.exceeds(value, characters: max) {
            add(field, .tooLong, TextLimit.tooLongMessage(tooLong, for: value, characters: max))
        }
        return value
    }

    /// A whole number within `range`; nil (with an error recorded) otherwise.
    mutating func integer(
        _ raw: String, field: String, in range: ClosedRange<Int>, message: String
    ) -> Int? {
        let value = raw.trimmed
        guard !value.isEmpty else {
            add(field, .required, message)
            return nil
        }
        guard let number = Int(value), range.contains(number) else {
            add(field, .outOfRange, message)
            return nil
        }
        return number
    }

    /// One of an enum's raw values; nil (with an error recorded) otherwise.
    mutating func choice<Choice: RawRepresentable<String>>(
        _ raw: String, as type: Choice.Type, field: String, message: String
    ) -> Choice? {
        let value = raw.trimmed
        guard !value.isEmpty else {
            add(field, .required, message)
            return nil
        }
        guard let choice = Choice(rawValue: value) else {
            add(field, .invalid, message)
            return nil
        }
        return choice
    }

    func throwIfAny() throws(ValidationFailure) {
        if !errors.isEmpty { throw ValidationFailure(errors) }
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
