import TandemCore
import Vapor

/// Every `/sign-in?next=…` link is built here, so the target is always checked and encoded.
enum SignInLink {
    /// `/sign-in`, with `next` only when it is a safe local path other than the home page.
    static func path(next raw: String?) -> String {
        guard let next = SafeRedirectPath.validate(raw), next != SafeRedirectPath.fallback else { return "/sign-in" }
        return "/sign-in?next=\(SafeRedirectPath.queryValue(next))"
    }
}

extension Request {
    /// The `next` query parameter if it stays on this site, else `/`.
    var safeNext: String {
        SafeRedirectPath.resolve(query[String.self, at: "next"])
    }
}
