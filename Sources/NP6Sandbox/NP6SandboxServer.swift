import HTTPTypes
import Hummingbird
import HummingbirdCore
import HummingbirdHTTP2
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL

/// The sandbox served over HTTP by Hummingbird, on a loopback port by default; over https
/// (HummingbirdTLS) when the options carry a certificate and key.
public final class NP6SandboxServer: Sendable {
    public let store: SandboxStore
    /// `http://127.0.0.1:PORT`, or `https://…` with TLS.
    public let baseURL: String
    public let port: Int
    private let serverTask: Task<Void, any Error>
    private let connections: SandboxConnectionCounter.Tally

    /// How many connections it accepted over plain http (not counted over TLS).
    public var connectionCount: Int { connections.value }

    private init(
        store: SandboxStore, baseURL: String, port: Int, serverTask: Task<Void, any Error>,
        connections: SandboxConnectionCounter.Tally
    ) {
        self.connections = connections
        self.store = store
        self.baseURL = baseURL
        self.port = port
        self.serverTask = serverTask
    }

    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts listening and returns once the port is bound. `port: 0` picks a free port.
    /// `handleSignals` lets SIGINT/SIGTERM stop it gracefully (the executable), which an
    /// embedding program (the TUI's demo mode) must not hand over.
    public static func start(
        host: String = "127.0.0.1", port: Int = 0, options: SandboxState.Options, handleSignals: Bool = false
    ) async throws -> NP6SandboxServer {
        let store = SandboxStore(options: options)
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            try await Self.respond(to: request, store: store)
        }
        let (bound, boundContinuation) = AsyncStream.makeStream(of: Result<Int, any Error>.self)
        let connections = SandboxConnectionCounter.Tally()
        var server: HTTPServerBuilder = .http1(
            configuration: .init(additionalChannelHandlers: [SandboxConnectionCounter(connections)]))
        if let tls = options.tls {
            // Over TLS it offers HTTP/2 (ALPN) and HTTP/1.1, as a production server does.
            let chain = try NIOSSLCertificate.fromPEMFile(tls.certificate).map {
                NIOSSLCertificateSource.certificate($0)
            }
            let key = try NIOSSLPrivateKey(file: tls.key, format: .pem)
            // (Connections are counted over plain http only: here each HTTP/2 stream gets the
            // handlers a connection would.)
            server = try .http2Upgrade(
                tlsConfiguration: .makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key)))
        }
        let application = Application(
            responder: responder,
            server: server,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                boundContinuation.yield(.success(channel.localAddress?.port ?? port))
            },
            logger: Logger(label: "np6-sandbox", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let task = Task {
            do {
                try await application.runService(gracefulShutdownSignals: handleSignals ? [.sigterm, .sigint] : [])
                boundContinuation.finish()
            } catch {
                boundContinuation.yield(.failure(error))
                boundContinuation.finish()
                throw error
            }
        }
        var iterator = bound.makeAsyncIterator()
        guard let result = await iterator.next() else {
            throw StartError(description: "the sandbox stopped before it was listening")
        }
        let boundPort = try result.get()
        let hostPart = host.contains(":") ? "[\(host)]" : host
        let scheme = options.tls == nil ? "http" : "https"
        return NP6SandboxServer(
            store: store, baseURL: "\(scheme)://\(hostPart):\(boundPort)", port: boundPort, serverTask: task,
            connections: connections)
    }

    /// Waits until the server stops (a signal, when it handles them, or `stop()`).
    public func run() async throws {
        try await serverTask.value
    }

    public func stop() async {
        serverTask.cancel()
        _ = try? await serverTask.value
    }

    private static func respond(to request: Request, store: SandboxStore) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 64 * 1024 * 1024)
        let exchange = SandboxRequest(
            method: request.method.rawValue,
            path: request.uri.path,
            query: request.uri.query,
            apiKey: request.headers[HTTPField.Name("X-Key")!],
            userAgent: request.headers[.userAgent],
            body: Array(body.readableBytesView)
        )
        // The latency switch delays a request before the store sees it, like a slow network:
        // until then the sandbox has neither acted on it nor logged it.
        let latency = await store.options.latency
        if latency > .zero, !exchange.path.hasPrefix("/_sandbox/") { try await Task.sleep(for: latency) }
        let answer = await store.handle(exchange)
        if let delay = answer.delay { try await Task.sleep(for: delay) }
        var headers = HTTPFields()
        for (name, value) in answer.headers {
            if let fieldName = HTTPField.Name(name) { headers.append(HTTPField(name: fieldName, value: value)) }
        }
        if answer.breaksOff {
            // The body is streamed, then the stream fails: the status line went out, the body
            // never ends, and the connection is dropped.
            let bytes = answer.body
            return Response(
                status: HTTPResponse.Status(code: answer.status), headers: headers,
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(bytes: bytes))
                    throw CancellationError()
                })
        }
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
        )
    }
}
