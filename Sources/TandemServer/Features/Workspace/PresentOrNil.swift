extension String {
    /// Nil for empty text, so a template can test for it with `#if(value)`: Leaf counts any
    /// string, even "", as present, and templates compare nothing.
    var presentOrNil: String? { isEmpty ? nil : self }
}
