import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// A local HTTP(S) receiver for webhook tests: records each request and answers `status`.
final class FakeWebhookReceiver: Sendable {
    struct Received: Sendable, Equatable {
        var method: String
        var uri: String
        var host: String?
        var contentType: String?
        var body: String
    }

    private let channel: Channel
    private let store: NIOLockedValueBox<[Received]>
    /// Kept from the start: a closed channel has no local address.
    let port: Int
    var requests: [Received] { store.withLockedValue { $0 } }

    private init(channel: Channel, store: NIOLockedValueBox<[Received]>) {
        self.channel = channel
        self.store = store
        self.port = channel.localAddress?.port ?? 0
    }

    static func start(status: HTTPResponseStatus = .noContent, tls: NIOSSLContext? = nil) async throws -> FakeWebhookReceiver {
        let store = NIOLockedValueBox<[Received]>([])
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    if let tls { try child.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls)) }
                    try child.pipeline.syncOperations.configureHTTPServerPipeline()
                    try child.pipeline.syncOperations.addHandler(ReceiverHandler(status: status) { request in
                        store.withLockedValue { $0.append(request) }
                    })
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return FakeWebhookReceiver(channel: channel, store: store)
    }

    func stop() async throws { try await channel.close() }
}

private final class ReceiverHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let status: HTTPResponseStatus
    let record: @Sendable (FakeWebhookReceiver.Received) -> Void
    private var current: FakeWebhookReceiver.Received?

    init(status: HTTPResponseStatus, record: @escaping @Sendable (FakeWebhookReceiver.Received) -> Void) {
        self.status = status
        self.record = record
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            current = .init(method: head.method.rawValue, uri: head.uri, host: head.headers.first(name: "Host"),
                            contentType: head.headers.first(name: "Content-Type"), body: "")
        case .body(var buffer):
            current?.body += buffer.readString(length: buffer.readableBytes) ?? ""
        case .end:
            if let current { record(current) }
            var headers = HTTPHeaders()
            headers.add(name: "Content-Length", value: "2")
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: "ok")))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}
