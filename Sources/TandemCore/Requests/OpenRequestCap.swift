/// How many requests a mentee may have waiting at once in one programme, so one person cannot
/// ask many mentors at the same time (the programme's `maxOpenRequests`, 3 by default).
public enum OpenRequestCap {
    /// Whether one more request fits: `open` counts the mentee's pending requests in the programme.
    /// Exactly at the limit, no.
    public static func allowsAnother(open: Int, limit: Int) -> Bool {
        open < limit
    }
}
