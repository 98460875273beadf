import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A real HTTP server on loopback that misbehaves the way a broken proxy or a hostile
/// endpoint does, for the client's limits: it stops reading, stalls after a head, reads a
/// trickle, or echoes the request it was sent.
final class HostileServer: Sendable {
    enum Behaviour: Sendable {
        /// Accepts the connection and never reads from it, so a large body stalls once the
        /// socket buffers are full.
        case neverRead
        /// Reads the whole request, sends a `200` head announcing a body, then nothing.
        case headThenSilence
        /// Reads about `bytesPerTick` bytes every 20 ms, and answers 200 once the body is in.
        case trickle(bytesPerTick: Int)
        /// Answers the given status with a text body that repeats the request: its head
        /// lines (the `Authorization` header among them) and its body.
        case echo(status: Int)
        /// Answers the given status with the Endorsed error envelope whose message repeats
        /// the values the request sent, and no field name: the `Authorization` value without
        /// the word `Bearer`, and each value of a form body as sent (percent-encoded).
        case echoInEnvelope(status: Int)
    }

    let behaviour: Behaviour
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let counters = Mutex((connections: 0, requests: 0))

    /// The base URL to give a client, `http://127.0.0.1:<port>/api/v1`.
    var baseURL: String { "http://127.0.0.1:\(channel.localAddress!.port!)/api/v1" }
    /// How many connections were accepted.
    var connections: Int { counters.withLock { $0.connections } }
    /// How many request heads were read.
    var requests: Int { counters.withLock { $0.requests } }

    private init(behaviour: Behaviour, group: MultiThreadedEventLoopGroup, channel: any Channel) {
        self.behaviour = behaviour
        self.group = group
        self.channel = channel
    }

    /// Runs a server for the length of `body`.
    static func withRunning<Result>(_ behaviour: Behaviour, _ body: (HostileServer) async throws -> Result) async throws -> Result {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let box = Mutex<HostileServer?>(nil)
        let channel: any Channel
        do {
            channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 16)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.autoRead, value: {
                    if case .neverRead = behaviour { return false }
                    return true
                }())
                // A small receive buffer so that a body stalls after a few hundred KiB.
                .childChannelOption(.socketOption(.so_rcvbuf), value: 16 * 1024)
                .childChannelInitializer { child in
                    box.withLock { $0 }?.counters.withLock { $0.connections += 1 }
                    if case .neverRead = behaviour { return child.eventLoop.makeSucceededVoidFuture() }
                    return child.pipeline.configureHTTPServerPipeline().flatMap {
                        child.pipeline.addHandler(Handler(behaviour: behaviour, onRequest: {
                            box.withLock { $0 }?.counters.withLock { $0.requests += 1 }
                        }))
                    }
                }
                .bind(host: "127.0.0.1", port: 0).get()
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
        let server = HostileServer(behaviour: behaviour, group: group, channel: channel)
        box.withLock { $0 = server }
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    private func stop() async {
        try? await channel.close()
        try? await group.shutdownGracefully()
    }

    private final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let behaviour: Behaviour
        let onRequest: @Sendable () -> Void
        private var head: HTTPRequestHead?
        private var body = ByteBuffer()
        private var trickleTask: RepeatedTask?

        init(behaviour: Behaviour, onRequest: @escaping @Sendable () -> Void) {
            self.behaviour = behaviour
            self.onRequest = onRequest
        }

        func handlerAdded(context: ChannelHandlerContext) {
            guard case .trickle(let bytesPerTick) = behaviour else { return }
            // Reads by hand: one read of a small buffer per tick.
            context.channel.setOption(.autoRead, value: false).whenComplete { _ in }
            context.channel.setOption(.recvAllocator, value: FixedSizeRecvByteBufferAllocator(capacity: bytesPerTick)).whenComplete { _ in }
            let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
            trickleTask = context.eventLoop.scheduleRepeatedTask(initialDelay: .zero, delay: .milliseconds(20)) { _ in
                loopBound.value.read()
            }
        }

        func handlerRemoved(context: ChannelHandlerContext) {
            trickleTask?.cancel()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                self.head = head
                body.clear()
                onRequest()
            case .body(var chunk):
                if case .echo = behaviour { body.writeBuffer(&chunk) }
                if case .echoInEnvelope = behaviour { body.writeBuffer(&chunk) }
            case .end:
                answer(context: context)
            }
        }

        private func answer(context: ChannelHandlerContext) {
            switch behaviour {
            case .neverRead:
                return
            case .headThenSilence:
                var headers = HTTPHeaders()
                headers.add(name: "Content-Type", value: "application/json")
                headers.add(name: "Content-Length", value: "100")
                context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
            case .trickle:
                send(context: context, status: 200, body: #"{"is_error":false,"result":{"id":"0c6ef2a4-1111-4c7e-9a41-2d5f8e0b7c13"}}"#)
            case .echo(let status):
                var text = ""
                if let head {
                    text += "\(head.method) \(head.uri)\n"
                    for (name, value) in head.headers { text += "\(name): \(value)\n" }
                }
                text += "\n" + String(buffer: body)
                send(context: context, status: status, body: text)
            case .echoInEnvelope(let status):
                let authorization = head?.headers.first(name: "Authorization") ?? ""
                let bare = authorization.split(separator: " ").last.map(String.init) ?? ""
                let values = String(buffer: body).split(separator: "&").compactMap { $0.split(separator: "=", maxSplits: 1).last }
                let echoed = "request refused: \(bare) \(values.joined(separator: " "))"
                let envelope: [String: Any] = ["is_error": true, "error": ["code": "BAD_REQUEST", "issues": [["message": echoed]]]]
                let data = try! JSONSerialization.data(withJSONObject: envelope)
                send(context: context, status: status, body: String(decoding: data, as: UTF8.self), contentType: "application/json")
            }
        }

        private func send(context: ChannelHandlerContext, status: Int, body: String, contentType: String = "text/plain") {
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: contentType)
            headers.add(name: "Content-Length", value: String(body.utf8.count))
            let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status), headers: headers)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}
