import Foundation

/// A message for a chat channel: a title, plain text, and a link to act on, turned into each
/// channel's JSON with its own escaping.
public struct ChatMessage: Sendable, Equatable {
    public var title: String
    public var text: String
    public var link: String?

    public init(title: String, text: String, link: String? = nil) {
        self.title = title
        self.text = text
        self.link = link
    }

    /// Slack's `mrkdwn`: `&`, `<` and `>` are escaped, and the link uses Slack's `<url|label>` form.
    public var slackJSON: Data {
        var lines = ["*\(Self.slackEscaped(title))*", Self.slackEscaped(text)]
        if let link { lines.append("<\(Self.slackEscaped(link))|Open in Tandem>") }
        return Self.json(["text": lines.joined(separator: "\n")])
    }

    /// A Teams Workflows webhook takes an Adaptive Card in a message attachment. Text is data in
    /// JSON, so JSON encoding is its escaping; Adaptive Cards render a subset of Markdown, so
    /// Markdown's special characters are escaped too.
    public var teamsJSON: Data {
        let body: [[String: Any]] = [
            ["type": "TextBlock", "text": Self.markdownEscaped(title), "weight": "Bolder", "size": "Medium", "wrap": true],
            ["type": "TextBlock", "text": Self.markdownEscaped(text), "wrap": true],
        ]
        var card: [String: Any] = ["$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard",
                                   "version": "1.4", "body": body]
        if let link {
            card["actions"] = [["type": "Action.OpenUrl", "title": "Open in Tandem", "url": link]]
        }
        return Self.json(["type": "message", "attachments": [[
            "contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": NSNull(), "content": card,
        ]]])
    }

    public func json(for channel: WebhookChannel) -> Data {
        switch channel {
        case .slack: slackJSON
        case .teams: teamsJSON
        }
    }

    public static func slackEscaped(_ text: String) -> String { TextEscaping.slack(text) }

    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\*_[]()#`>~|".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    private static func json(_ object: [String: Any]) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    }
}
