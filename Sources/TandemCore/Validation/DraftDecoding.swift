/// Drafts hold what a person typed, so decoding must never fail on a missing or oddly typed
/// field: the validator reports it instead, with a friendly message.
extension KeyedDecodingContainer {
    /// The field as text: "" when missing or null; numbers (as JSON clients send them) as digits.
    func draftText(_ key: Key) -> String {
        if let text = try? decodeIfPresent(String.self, forKey: key) { return text }
        if let number = try? decodeIfPresent(Int.self, forKey: key) { return String(number) }
        return ""
    }

    /// A multi-value field such as checkboxes: a list, or a single value when only one was ticked.
    func draftList(_ key: Key) -> [String] {
        if let list = try? decodeIfPresent([String].self, forKey: key) { return list }
        if let single = try? decodeIfPresent(String.self, forKey: key) { return [single] }
        return []
    }
}
