import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// A tiny SMTP server on 127.0.0.1 for conversation tests: it answers from a script and
/// records every command line and the raw DATA (still dot-stuffed) exactly as received.
final class FakeSMTPServer: Sendable {
    struct Script: Sendable {
        var ehloExtensions: [String] = ["PIPELINING", "8BITMIME"]
        var rcptReply = "250 2.1.5 OK"
        var dataEndReply = "250 2.0.0 Ok: queued as FAKE123"
        /// AUTH accepts this base64 PLAIN argument (or LOGIN pair); anything else gets 535.
        var acceptedAuthPlain: String?
        /// Offers STARTTLS and switches to TLS with this context when asked.
        var startTLS: NIOSSLContext?
    }

    struct Recording: Sendable {
        var commands: [String] = []
        /// The bytes between `354` and the final `.` line, CRLFs kept.
        var rawData: [String] = []
    }

    let recording = NIOLockedValueBox(Recording())
    private let channel: Channel
    /// Kept from the start: a closed channel has no local address.
    let port: Int

    private init(channel: Channel) {
        self.channel = channel
        self.port = channel.localAddress?.port ?? 0
    }

    static func start(_ script: Script) async throws -> FakeSMTPServer {
        let recorder = RecorderRef()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(FakeSMTPHandler(script: script, record: recorder.record))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let server = FakeSMTPServer(channel: channel)
        recorder.server.withLockedValue { $0 = server }
        return server
    }

    func stop() async throws { try await channel.close() }
}

/// Lets the child handlers record into the server once it exists.
private final class RecorderRef: Sendable {
    let server = NIOLockedValueBox<FakeSMTPServer?>(nil)
    var record: @Sendable (_ command: String?, _ data: String?) -> Void {
        { [self] command, data in
            server.withLockedValue { server in
                server?.recording.withLockedValue { recording in
                    if let command { recording.commands.append(command) }
                    if let data { recording.rawData.append(data) }
                }
            }
        }
    }
}

private final class FakeSMTPHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let script: FakeSMTPServer.Script
    let record: @Sendable (String?, String?) -> Void
    private var buffer = ByteBuffer()
    private var data: String?
    private var authLoginStep = 0
    private var tlsStarted = false

    init(script: FakeSMTPServer.Script, record: @escaping @Sendable (String?, String?) -> Void) {
        self.script = script
        self.record = record
    }

    func channelActive(context: ChannelHandlerContext) {
        send(context, "220 fake.test ESMTP ready")
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var incoming = unwrapInboundIn(data)
        buffer.writeBuffer(&incoming)
        while let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
            let line = buffer.readString(length: newline - buffer.readerIndex + 1)!
            handle(context, line)
        }
    }

    private func handle(_ context: ChannelHandlerContext, _ rawLine: String) {
        if var collected = self.data {
            if rawLine == ".\r\n" {
                record(nil, collected)
                self.data = nil
                send(context, script.dataEndReply)
            } else {
                collected += rawLine
                self.data = collected
            }
            return
        }
        let line = String(rawLine.dropLast()) // "\r\n" is one Character
        record(line, nil)
        let verb = line.split(separator: " ").first.map { $0.uppercased() } ?? ""
        if authLoginStep > 0 {
            authLoginStep += 1
            send(context, authLoginStep == 2 ? "334 UGFzc3dvcmQ6" : "235 2.7.0 Authentication successful")
            if authLoginStep > 2 { authLoginStep = 0 }
            return
        }
        switch verb {
        case "EHLO":
            let lines = ["fake.test greets you"] + script.ehloExtensions + (script.startTLS == nil || tlsStarted ? [] : ["STARTTLS"])
            send(context, lines.enumerated().map { "250\($0.offset == lines.count - 1 ? " " : "-")\($0.element)" }.joined(separator: "\r\n"))
        case "AUTH":
            let parts = line.split(separator: " ")
            if parts.count == 2, parts[1].uppercased() == "LOGIN" {
                authLoginStep = 1
                send(context, "334 VXNlcm5hbWU6")
            } else if parts.count == 3, String(parts[2]) == script.acceptedAuthPlain {
                send(context, "235 2.7.0 Authentication successful")
            } else {
                send(context, "535 5.7.8 Authentication credentials invalid")
            }
        case "STARTTLS" where script.startTLS != nil:
            tlsStarted = true
            send(context, "220 2.0.0 Ready to start TLS")
            try? context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: script.startTLS!), position: .first)
        case "MAIL": send(context, "250 2.1.0 Ok")
        case "RCPT": send(context, script.rcptReply)
        case "DATA":
            self.data = ""
            send(context, "354 End data with <CR><LF>.<CR><LF>")
        case "QUIT":
            send(context, "221 2.0.0 Bye")
        default: send(context, "502 5.5.2 Command not recognised")
        }
    }

    private func send(_ context: ChannelHandlerContext, _ reply: String) {
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: reply + "\r\n")), promise: nil)
    }
}
