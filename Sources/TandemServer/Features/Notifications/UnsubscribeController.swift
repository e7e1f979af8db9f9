import Fluent
import TandemCore
import Vapor

/// One-click unsubscribe from an email's link, without signing in (RFC 8058). The GET shows a
/// button, so a mail scanner that follows links changes nothing; the POST (from the button, or
/// from the mail client with `List-Unsubscribe=One-Click`) switches that kind to in-app only.
enum UnsubscribeController {
    static func register(_ app: Application) {
        app.get("unsubscribe", ":token", use: confirm)
        app.post("unsubscribe", ":token", use: unsubscribe)
    }

    @Sendable static func confirm(req: Request) async throws -> View {
        let (token, kind) = try verified(req)
        return try await req.view.render("notifications/unsubscribe", UnsubscribeContext(
            chrome: PageChrome(request: req, title: "Unsubscribe"), token: token, kindLabel: kind.label, isDone: false))
    }

    @Sendable static func unsubscribe(req: Request) async throws -> Response {
        let (token, kind) = try verified(req)
        guard let userID = UnsubscribeLink.verify(token, secret: req.application.settings.secret)?.userID else {
            throw AccessError.notFound(.notification)
        }
        try await NotificationService.save([(kind, .inAppOnly)], for: userID, on: req.db)
        return try await req.view.render("notifications/unsubscribe", UnsubscribeContext(
            chrome: PageChrome(request: req, title: "Unsubscribed"), token: token, kindLabel: kind.label, isDone: true))
            .encodeResponse(for: req)
    }

    private static func verified(_ req: Request) throws -> (String, NotificationKind) {
        let token = req.parameters.get("token") ?? ""
        guard let found = UnsubscribeLink.verify(token, secret: req.application.settings.secret) else {
            throw AccessError.notFound(.notification)
        }
        return (token, found.kind)
    }
}
