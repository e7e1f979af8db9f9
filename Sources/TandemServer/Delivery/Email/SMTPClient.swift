import NIOCore
import TandemCore

/// The RFC 5321 conversation for one message: greeting, EHLO, STARTTLS (required for
/// `smtp://` unless the test setting allows a loopback server without it), EHLO again,
/// AUTH PLAIN or LOGIN when the URL has credentials, MAIL FROM, RCPT TO, DATA, QUIT.
struct SMTPClient: Sendable {
    var endpoint: SMTPEndpoint
    var connector: OutboundConnector
    /// The name we give in EHLO.
    var heloName: String
    /// For each reply; RFC 5321 suggests minutes, but a job would rather fail and retry.
    var replyTimeout: TimeAmount = .seconds(60)

    /// Sends `message` (a composed MIME message) and returns the server's reply to the end of DATA.
    func send(envelopeFrom: String, envelopeTo: String, message: String) async throws -> SMTPReply {
        let encryption: OutboundConnector.Encryption = endpoint.security == .implicitTLS ? .tls : .upgradeLater
        let connection = try await connector.connect(host: endpoint.host, port: endpoint.port, encryption: encryption) { channel in
            try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
        }
        let plaintextPermitted = connector.policy.permitsPlaintext(to: connection.address)
        return try await connection.output.executeThenClose { inbound, outbound in
            let session = SMTPSession(channel: connection.output.channel, inbound: inbound, outbound: outbound, timeout: replyTimeout)
            _ = try await session.reply(step: "the greeting", expecting: [220])
            var capabilities = try await ehlo(session)
            if endpoint.security == .startTLS {
                let next = try SMTPConversationRules.afterFirstEHLO(
                    capabilities: capabilities, host: endpoint.host, plaintextPermitted: plaintextPermitted)
                if next == .startTLS {
                    try await startTLS(session, channel: connection.output.channel)
                    capabilities = try await ehlo(session)
                }
            }
            if let username = endpoint.username {
                try await authenticate(session, capabilities: capabilities, username: username, password: endpoint.password ?? "")
            }
            _ = try await session.command("MAIL FROM:<\(envelopeFrom)>", step: "MAIL FROM", expecting: [250])
            _ = try await session.command("RCPT TO:<\(envelopeTo)>", step: "RCPT TO", expecting: [250, 251])
            _ = try await session.command("DATA", step: "DATA", expecting: [354])
            try await session.write(SMTPDotStuffing.dataPayload(message), step: "the message")
            let accepted = try await session.reply(step: "the message", expecting: [250])
            // The message is taken; a failed QUIT changes nothing.
            _ = try? await session.command("QUIT", step: "QUIT", expecting: [221])
            return accepted
        }
    }

    private func ehlo(_ session: SMTPSession) async throws -> SMTPCapabilities {
        SMTPCapabilities(ehlo: try await session.command("EHLO \(heloName)", step: "EHLO", expecting: [250]))
    }

    private func startTLS(_ session: SMTPSession, channel: Channel) async throws {
        _ = try await session.command("STARTTLS", step: "STARTTLS", expecting: [220])
        guard !session.hasUnreadBytes else {
            throw SMTPProtocolError.malformedReply("data sent before the TLS handshake (possible injection)")
        }
        let tls = connector.tls
        let host = endpoint.host
        try await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.addHandler(tls.makeHandler(serverHostname: host), position: .first)
        }.get()
    }

    private func authenticate(_ session: SMTPSession, capabilities: SMTPCapabilities, username: String, password: String) async throws {
        // Step names never include the credentials, since errors end up on the outbox page.
        switch try SMTPConversationRules.authMechanism(capabilities, host: endpoint.host) {
        case .plain:
            let argument = SMTPConversationRules.authPlainArgument(username: username, password: password)
            _ = try await session.command("AUTH PLAIN \(argument)", step: "AUTH PLAIN", expecting: [235])
        case .login:
            _ = try await session.command("AUTH LOGIN", step: "AUTH LOGIN", expecting: [334])
            _ = try await session.command(SMTPConversationRules.base64(username), step: "AUTH LOGIN (user)", expecting: [334])
            _ = try await session.command(SMTPConversationRules.base64(password), step: "AUTH LOGIN (password)", expecting: [235])
        }
    }
}
