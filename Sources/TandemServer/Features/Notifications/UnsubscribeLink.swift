import Foundation
import TandemCore

/// One-click unsubscribe links (RFC 8058): the person and the kind, signed with the app secret,
/// so the link works without signing in and cannot be forged for someone else.
enum UnsubscribeLink {
    static func token(userID: UUID, kind: NotificationKind, secret: String) -> String {
        let payload = "\(userID.uuidString).\(kind.rawValue)"
        return Data(payload.utf8).base64URLEncoded + "." + Tokens.hash(payload, secret: secret, purpose: "unsubscribe")
    }

    static func url(userID: UUID, kind: NotificationKind, settings: AppSettings) -> String {
        "\(settings.publicURL)/unsubscribe/\(token(userID: userID, kind: kind, secret: settings.secret))"
    }

    /// The person and kind a token names, or nil when it was not made by us.
    static func verify(_ token: String, secret: String) -> (userID: UUID, kind: NotificationKind)? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard token.utf8.count < 300, parts.count == 2 else { return nil }
        var base64 = parts[0].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let payload = String(data: data, encoding: .utf8),
              Tokens.constantTimeEquals(String(parts[1]), Tokens.hash(payload, secret: secret, purpose: "unsubscribe"))
        else { return nil }
        let fields = payload.split(separator: ".")
        guard fields.count == 2, let userID = UUID(uuidString: String(fields[0])),
              let kind = NotificationKind(rawValue: String(fields[1])), !kind.isSecurity else { return nil }
        return (userID, kind)
    }
}
