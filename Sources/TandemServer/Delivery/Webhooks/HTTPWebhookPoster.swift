import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import TandemCore

/// POSTs JSON to a Slack or Teams incoming webhook over a connection the `OutboundConnector`
/// opened to a checked address: https always, plain http only to loopback under the test setting.
struct HTTPWebhookPoster: WebhookPoster {
    var connector: OutboundConnector
    /// For the whole exchange after connecting.
    var timeout: TimeAmount = .seconds(15)

    func post(json: Data, to url: URL) async throws -> Int {
        let target = try WebhookTarget(url)
        let connection = try await connector.connect(host: target.host, port: target.port, encryption: target.encryption) { channel in
            try channel.pipeline.syncOperations.addHTTPClientHandlers()
            return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(wrappingChannelSynchronously: channel)
        }
        let channel = connection.output.channel
        let timedOut = NIOLockedValueBox(false)
        let timer = channel.eventLoop.scheduleTask(in: timeout) {
            timedOut.withLockedValue { $0 = true }
            channel.close(promise: nil)
        }
        defer { timer.cancel() }
        do {
            return try await connection.output.executeThenClose { inbound, outbound in
                var head = HTTPRequestHead(version: .http1_1, method: .POST, uri: target.requestURI)
                head.headers.add(name: "Host", value: target.hostHeader)
                head.headers.add(name: "Content-Type", value: "application/json")
                head.headers.add(name: "Content-Length", value: String(json.count))
                head.headers.add(name: "User-Agent", value: "Tandem")
                head.headers.add(name: "Connection", value: "close")
                try await outbound.write(.head(head))
                try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: json))))
                try await outbound.write(.end(nil))
                for try await part in inbound {
                    // 1xx are interim; the first final head is the answer.
                    if case .head(let response) = part, response.status.code >= 200 {
                        return Int(response.status.code)
                    }
                }
                throw WebhookError.noResponse(host: target.host)
            }
        } catch {
            if timedOut.withLockedValue({ $0 }) { throw WebhookError.timedOut(host: target.host) }
            throw error
        }
    }
}

/// Why a webhook post got no status.
enum WebhookError: Error, CustomStringConvertible, Equatable {
    case noResponse(host: String)
    case timedOut(host: String)

    var description: String {
        switch self {
        case .noResponse(let host): return "\(host) closed the connection without an HTTP response."
        case .timedOut(let host): return "\(host) did not answer the webhook in time."
        }
    }
}
