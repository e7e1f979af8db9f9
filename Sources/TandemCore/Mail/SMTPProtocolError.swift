/// Why an SMTP conversation failed. Messages carry the server's own reply text, since that is
/// what an admin needs on the outbox page (and what the test-email button reports).
public enum SMTPProtocolError: CodedError, Equatable {
    /// The server answered a step with a code we did not expect.
    case rejected(step: String, reply: SMTPReply)
    case malformedReply(String)
    /// `smtp://` requires STARTTLS, and this server (not a loopback test server) did not offer it.
    case startTLSNotOffered(host: String)
    case authenticationNotOffered(host: String)
    case connectionClosed(step: String)
    case timedOut(step: String)
    case replyTooLong

    public var code: String {
        switch self {
        case .rejected(_, let reply): return reply.isPermanentFailure ? "smtp.rejected" : "smtp.temporary_failure"
        case .malformedReply, .replyTooLong: return "smtp.bad_reply"
        case .startTLSNotOffered: return "smtp.starttls_not_offered"
        case .authenticationNotOffered: return "smtp.auth_not_offered"
        case .connectionClosed: return "smtp.connection_closed"
        case .timedOut: return "smtp.timeout"
        }
    }

    public var message: String {
        switch self {
        case let .rejected(step, reply):
            return "The mail server refused \(step): \(reply)"
        case .malformedReply(let line):
            return "The mail server sent a reply this client cannot read: \(line.prefix(200))"
        case .startTLSNotOffered(let host):
            return "\(host) does not offer STARTTLS, and smtp:// requires it. Use smtps:// if the server speaks TLS from the start."
        case .authenticationNotOffered(let host):
            return "\(host) offers no AUTH PLAIN or LOGIN, so the user and password in SMTP_URL cannot be used."
        case .connectionClosed(let step):
            return "The mail server closed the connection during \(step)."
        case .timedOut(let step):
            return "The mail server did not answer \(step) in time."
        case .replyTooLong:
            return "The mail server sent a reply line longer than this client accepts."
        }
    }
}
