/// Every problem found in one submission, reported together so the person can fix them all at once.
public struct ValidationFailure: CodedError, Equatable {
    public let fields: [FieldError]
    public var code: String { "validation.failed" }
    public var message: String { "Some fields need attention." }

    public init(_ fields: [FieldError]) {
        self.fields = fields
    }

    /// The first message for `field`, for showing next to its input.
    public func message(for field: String) -> String? {
        fields.first { $0.field == field }?.message
    }

    /// Field name → first message, the shape a form template usually wants.
    public var messagesByField: [String: String] {
        var result: [String: String] = [:]
        for error in fields where result[error.field] == nil {
            result[error.field] = error.message
        }
        return result
    }
}
