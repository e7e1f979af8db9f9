import Foundation

/// The web address of a meeting (a Zoom, Teams or any other link), checked before it is shown
/// to the partner or put into calendar feeds.
public enum MeetingLink {
    public static let maxLength = 2000

    /// An http(s) URL with a host, or the problem with it on `field`. Whitespace around the text
    /// is ignored; blank text is "required" (callers decide whether a link is needed at all).
    public static func parse(_ raw: String, field: String = "meeting_link") -> Result<URL, FieldError> {
        let text = raw.trimmed
        guard !text.isEmpty else {
            return .failure(FieldError(
                field: field, .required,
                message: "Add the meeting link (Zoom, Teams or any web address)."))
        }
        guard text.count <= maxLength else {
            return .failure(FieldError(
                field: field, .tooLong,
                message: "Keep the link to \(maxLength) characters or fewer."))
        }
        // URL(string:) would quietly percent-encode spaces, so a pasted sentence must fail here.
        guard !text.contains(where: \.isWhitespace),
              let url = URL(string: text),
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty
        else {
            return .failure(FieldError(
                field: field, .invalid,
                message: "Enter a web address that starts with https://, such as https://zoom.us/j/123."))
        }
        return .success(url)
    }

    /// A short name for the link's service: "Zoom", "Microsoft Teams", "Google Meet", "Webex",
    /// or else the host without "www.", such as "whereby.com".
    public static func provider(of url: URL) -> String {
        var host = (url.host ?? "").lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        if host.matches(domain: "zoom.us") || host.matches(domain: "zoom.com") { return "Zoom" }
        if host == "teams.microsoft.com" || host == "teams.live.com" { return "Microsoft Teams" }
        if host == "meet.google.com" { return "Google Meet" }
        if host.matches(domain: "webex.com") { return "Webex" }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}

extension String {
    /// True for `domain` itself or any subdomain of it, but not for "notzoom.us".
    fileprivate func matches(domain: String) -> Bool {
        self == domain || hasSuffix("." + domain)
    }
}
