/// A programme's rules for organic requests: how long a mentor has to answer, and how many
/// requests a mentee may have waiting at once.
public struct RequestPolicy: Sendable, Hashable, Codable {
    public static let windowRange = 1...30
    public static let openRange = 1...10
    public static let standard = RequestPolicy(responseWindowDays: 5, maxOpenRequests: 3)

    /// Calendar days in the organisation's zone (see `RequestClock`).
    public var responseWindowDays: Int
    public var maxOpenRequests: Int

    public init(responseWindowDays: Int, maxOpenRequests: Int) {
        self.responseWindowDays = responseWindowDays
        self.maxOpenRequests = maxOpenRequests
    }
}

/// The two settings as a form or API body sent them; nil means "not sent", which keeps `current`.
public struct RequestPolicyDraft: Sendable, Hashable {
    public var responseWindowDays: String?
    public var maxOpenRequests: String?

    public init(responseWindowDays: String? = nil, maxOpenRequests: String? = nil) {
        self.responseWindowDays = responseWindowDays
        self.maxOpenRequests = maxOpenRequests
    }

    /// The policy, each field not sent taken from `current`, or every problem at once.
    public func validate(current: RequestPolicy = .standard) throws(ValidationFailure) -> RequestPolicy {
        var errors = FieldErrorCollector()
        let window = responseWindowDays.map {
            errors.integer($0, field: "response_window_days", in: RequestPolicy.windowRange,
                           message: "Enter a number of days from 1 to 30.")
        } ?? current.responseWindowDays
        let open = maxOpenRequests.map {
            errors.integer($0, field: "max_open_requests", in: RequestPolicy.openRange,
                           message: "Enter a number of requests from 1 to 10.")
        } ?? current.maxOpenRequests
        try errors.throwIfAny()
        guard let window, let open else { throw ValidationFailure(errors.errors) }
        return RequestPolicy(responseWindowDays: window, maxOpenRequests: open)
    }
}

extension RequestPolicyDraft: Decodable {
    enum CodingKeys: String, CodingKey {
        case responseWindowDays = "response_window_days"
        case maxOpenRequests = "max_open_requests"
    }

    /// A field left out (or null) is nil: not sent; text or a JSON number otherwise.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func field(_ key: CodingKeys) -> String? {
            (try? c.decodeNil(forKey: key)) == false ? c.draftText(key) : nil
        }
        self.init(responseWindowDays: field(.responseWindowDays), maxOpenRequests: field(.maxOpenRequests))
    }
}
