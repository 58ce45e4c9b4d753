import FoundationEssentials
import NIOCore
import NIOPosix

/// Asks a proxy for a CONNECT tunnel and reads only its status line, to say why a tunnel was
/// refused: AsyncHTTPClient reports every refusal but 407 alike, and proxies answer wrong
/// credentials with 401 or 407, a forbidden host with 403, an unreachable one with 502 to 504.
enum ProxyProbe {
    /// The status the proxy answered `CONNECT host:port` with, or nil when it gave none.
    static func connectStatus(_ proxy: ProxySettings, host: String, port: Int, timeout: Duration = .seconds(5)) async
        -> Int?
    {
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connectTimeout(
            .seconds(Int64(timeout.components.seconds)))
        guard
            let (channel, status) = try? await connect(
                through: proxy, to: host, port: port, bootstrap: bootstrap, timeout: timeout)
        else {
            return nil
        }
        channel.close(promise: nil)
        return status
    }

    /// A channel through the proxy's tunnel to `host:port`, ready for TLS; throws unless the
    /// proxy answered 2xx.
    static func tunnel(
        through proxy: ProxySettings, to host: String, port: Int, bootstrap: ClientBootstrap, timeout: Duration
    ) async throws
        -> any Channel
    {
        let (channel, status) = try await connect(
            through: proxy, to: host, port: port, bootstrap: bootstrap, timeout: timeout)
        guard let status, (200..<300).contains(status) else {
            channel.close(promise: nil)
            throw TunnelRefused(status: status)
        }
        _ = try await channel.pipeline.removeHandler(name: "np6-connect-status").get()
        return channel
    }

    struct TunnelRefused: Error, CustomStringConvertible {
        var status: Int?
        var description: String { "the proxy refused the tunnel" + (status.map { " (\($0))" } ?? "") }
    }

    private static func connect(
        through proxy: ProxySettings, to host: String, port: Int, bootstrap: ClientBootstrap, timeout: Duration
    )
        async throws -> (any Channel, Int?)
    {
        let channel =
            try await bootstrap
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(StatusLineReader(), name: "np6-connect-status")
                }
            }
            .connect(host: proxy.host, port: proxy.port).get()
        let authority = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        var request = "CONNECT \(authority) HTTP/1.1\r\nHost: \(authority)\r\n"
        if let user = proxy.username {
            request +=
                "Proxy-Authorization: Basic \(Data("\(user):\(proxy.password ?? "")".utf8).base64EncodedString())\r\n"
        }
        request += "\r\n"
        do {
            let reader = try await channel.pipeline.handler(type: StatusLineReader.self).get()
            try await channel.writeAndFlush(ByteBuffer(string: request)).get()
            let status = try await withThrowingTaskGroup(of: Int?.self) { group in
                group.addTask { try await reader.status.futureResult.get() }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                defer { group.cancelAll() }
                return try await group.next() ?? nil
            }
            return (channel, status)
        } catch {
            channel.close(promise: nil)
            throw error
        }
    }

    /// Collects the answer's head, up to its blank line: `HTTP/1.1 407 …` gives 407. Unchecked:
    /// only its channel's event loop calls it, one call at a time.
    final class StatusLineReader: ChannelInboundHandler, RemovableChannelHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer
        var status: EventLoopPromise<Int?>!
        private var bytes: [UInt8] = []
        private var finished = false

        func handlerAdded(context: ChannelHandlerContext) {
            status = context.eventLoop.makePromise()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var buffer = unwrapInboundIn(data)
            bytes += buffer.readBytes(length: buffer.readableBytes) ?? []
            // The whole head, up to its blank line: TLS starts right after it in a tunnel.
            let text = String(decoding: bytes, as: UTF8.self)
            guard text.contains("\r\n\r\n") || text.contains("\n\n") else {
                if bytes.count > 16_384 { finish(nil) }
                return
            }
            let line = text.prefix { $0 != "\r" && $0 != "\n" }.split(separator: " ")
            finish(line.count >= 2 ? Int(line[1]) : nil)
        }

        func channelInactive(context: ChannelHandlerContext) {
            finish(nil)
            context.fireChannelInactive()
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            finish(nil)
            context.close(promise: nil)
        }

        private func finish(_ value: Int?) {
            guard !finished else { return }
            finished = true
            status.succeed(value)
        }
    }
}
