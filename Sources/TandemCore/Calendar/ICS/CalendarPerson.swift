/// The organiser or an attendee of an emailed invitation. iTIP (RFC 5546) wants ORGANIZER and
/// ATTENDEE on a METHOD:REQUEST, or some mail clients show the invitation as a plain file.
/// Feeds leave them out: they are for the viewer alone.
public struct CalendarPerson: Sendable, Hashable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }

    /// `ORGANIZER;CN="Maria Lopez":mailto:maria@example.com` and the like. A parameter value
    /// cannot hold a double quote or a control character, so those are dropped from the name.
    func property(_ name: String, parameters: [String] = []) -> String {
        let cn = String(String.UnicodeScalarView(self.name.unicodeScalars.filter {
            $0 != "\"" && !ICalendarText.isControl($0)
        }))
        let params = (["CN=\"\(cn)\""] + parameters).joined(separator: ";")
        return "\(name);\(params):mailto:\(ICalendarText.uri(email))"
    }
}
