import Vapor

extension Request {
    /// The client's address. X-Forwarded-For counts only when the direct peer is a trusted proxy.
    var clientIP: String {
        let peer = remoteAddress?.ipAddress ?? "unknown"
        guard application.settings.trustedProxies.contains(peer),
              let forwarded = headers.first(name: "X-Forwarded-For") else { return peer }
        // The right-most entry not added by our own proxies is the client.
        let hops = forwarded.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return hops.last(where: { !application.settings.trustedProxies.contains($0) }) ?? peer
    }
}
