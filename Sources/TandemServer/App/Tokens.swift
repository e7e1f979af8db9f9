import Crypto
import Foundation
import Vapor

/// Random tokens for cookies and links, and the keyed hashes we store instead of them.
enum Tokens {
    static func random() -> String {
        Data([UInt8].random(count: 32)).base64URLEncoded
    }

    /// HMAC-SHA256 keyed by the app secret, so a leaked table alone cannot forge a cookie.
    static func hash(_ token: String, secret: String, purpose: String = "token") -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(purpose):\(token)".utf8), using: key)
        return Data(mac).base64URLEncoded
    }

    /// Compares without an early exit, so timing says nothing about how much matched.
    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}

extension Data {
    var base64URLEncoded: String {
        base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
