import NIOConcurrencyHelpers
import NIOCore
import TandemCore

/// One SMTP connection seen as lines: send a command, read the (possibly multi-line) reply,
/// each read bounded by a timeout that closes the channel. Used by one task at a time.
final class SMTPSession {
    static let maxLineBytes = 4_096
    static let maxReplyLines = 200

    private var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    private let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    private let channel: Channel
    private let timeout: TimeAmount
    private var buffer = ByteBuffer()

    init(channel: Channel, inbound: NIOAsyncChannelInboundStream<ByteBuffer>,
         outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>, timeout: TimeAmount) {
        self.channel = channel
        self.inbound = inbound.makeAsyncIterator()
        self.outbound = outbound
        self.timeout = timeout
    }

    /// Whether bytes arrived that no reply has consumed (after STARTTLS's 220 that is an attack:
    /// plain text injected to be read as if it came over TLS).
    var hasUnreadBytes: Bool { buffer.readableBytes > 0 }

    func command(_ line: String, step: String, expecting codes: Set<Int>) async throws -> SMTPReply {
        try await write(line + "\r\n", step: step)
        return try await reply(step: step, expecting: codes)
    }

    func write(_ text: String, step: String) async throws {
        do {
            try await outbound.write(ByteBuffer(string: text))
        } catch {
            throw SMTPProtocolError.connectionClosed(step: step)
        }
    }

    func reply(step: String, expecting codes: Set<Int>) async throws -> SMTPReply {
        let reply = try await readReply(step: step)
        guard codes.contains(reply.code) else { throw SMTPProtocolError.rejected(step: step, reply: reply) }
        return reply
    }

    func readReply(step: String) async throws -> SMTPReply {
        let timedOut = NIOLockedValueBox(false)
        let channel = self.channel
        let timer = channel.eventLoop.scheduleTask(in: timeout) {
            timedOut.withLockedValue { $0 = true }
            channel.close(promise: nil)
        }
        defer { timer.cancel() }
        var parser = SMTPReplyParser()
        do {
            for _ in 0..<Self.maxReplyLines {
                let line = try await readLine(step: step)
                if let reply = try parser.feed(line) { return reply }
            }
            throw SMTPProtocolError.replyTooLong
        } catch let error as SMTPProtocolError {
            throw timedOut.withLockedValue { $0 } ? .timedOut(step: step) : error
        } catch {
            // A TLS failure or a reset arrives as an error from the stream; say which step it hit.
            if timedOut.withLockedValue({ $0 }) { throw SMTPProtocolError.timedOut(step: step) }
            throw error
        }
    }

    private func readLine(step: String) async throws -> String {
        while true {
            if let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
                let length = newline - buffer.readerIndex
                var line = buffer.readString(length: length) ?? ""
                buffer.moveReaderIndex(forwardBy: 1)
                if line.hasSuffix("\r") { line.removeLast() }
                return line
            }
            guard buffer.readableBytes <= Self.maxLineBytes else { throw SMTPProtocolError.replyTooLong }
            guard var more = try await inbound.next() else {
                throw SMTPProtocolError.connectionClosed(step: step)
            }
            buffer.writeBuffer(&more)
        }
    }
}
