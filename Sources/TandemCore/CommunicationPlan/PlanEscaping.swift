import Foundation

/// How a rendered message is escaped for where it goes (docs/rules.md "Leaf"):
/// - `html`: in-app notifications built as HTML and HTML email; `& < > " '` become entities and
///   line breaks become `<br>` / paragraphs, since the admin writes plain text.
/// - `plainText`: plain-text email (and any text a template engine escapes itself): unchanged.
/// - `slack`: Slack's rules, `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`, nothing else.
public enum PlanEscaping: String, Sendable, CaseIterable {
    case html
    case plainText = "plain_text"
    case slack

    /// The escaping a delivery channel uses for its body: in-app HTML, Slack's, and for email
    /// the HTML part (build the plain-text part with `.plainText`).
    public init(channel: PlanChannel) {
        switch channel {
        case .inApp, .email: self = .html
        case .slack: self = .slack
        }
    }

    /// `text` escaped for this target, as one line (for subjects).
    public func escapeLine(_ text: String) -> String {
        switch self {
        case .html: Self.htmlEscaped(text)
        case .plainText: text
        case .slack: Self.slackEscaped(text)
        }
    }

    /// `text` escaped for this target as a body: for HTML, blank lines separate paragraphs and
    /// single line breaks become `<br>`.
    public func escapeBody(_ text: String) -> String {
        guard self == .html else { return escapeLine(text) }
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        return normalised.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .newlines) }
            .filter { !$0.isEmpty }
            .map { "<p>" + Self.htmlEscaped($0).replacingOccurrences(of: "\n", with: "<br>") + "</p>" }
            .joined(separator: "\n")
    }

    static func htmlEscaped(_ text: String) -> String { TextEscaping.html(text) }

    static func slackEscaped(_ text: String) -> String { TextEscaping.slack(text) }
}
