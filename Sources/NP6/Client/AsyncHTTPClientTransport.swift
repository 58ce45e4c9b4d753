import AsyncHTTPClient
import Essentials
import FoundationEssentials
import Localization
import NIOCore
import NIOHTTP1
import NIOSSL
import Synchronization

/// The production transport. Redirects are switched off here because `NP6Client` follows them
/// itself, deciding per hop whether the API key may go along.
public final class AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient
    /// PEM files or folders of certificates trusted besides the system's roots.
    private let additionalTrustRoots: [String]
    private let proxy: ProxySettings?

    /// `additionalTrustRoots`: CA certificates (PEM files, or folders of them) trusted in
    /// addition to the system's store, never instead of it. Verification cannot be switched off.
    /// `proxy`: an HTTP proxy, reached by a CONNECT tunnel (AsyncHTTPClient's), so it never sees
    /// the request.
    public init(
        connectTimeout: Duration = .seconds(10), additionalTrustRoots: [String] = [], proxy: ProxySettings? = nil
    ) {
        var pool = HTTPClient.Configuration.ConnectionPool()
        // AsyncHTTPClient would otherwise retry a refused connection until the request deadline;
        // NP6Client's own policy decides (reads: three attempts with backoff; writes: none).
        pool.retryConnectionEstablishment = false
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.additionalTrustRoots = TrustRoots.additional(additionalTrustRoots)
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tls,
            redirectConfiguration: .disallow,
            timeout: .init(connect: .nanoseconds(Int64(connectTimeout.totalNanoseconds))),
            connectionPool: pool
        )
        if let proxy {
            let authorization = proxy.username.map {
                HTTPClient.Authorization.basic(username: $0, password: proxy.password ?? "")
            }
            configuration.proxy = .server(host: proxy.host, port: proxy.port, authorization: authorization)
        }
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.additionalTrustRoots = additionalTrustRoots
        self.proxy = proxy
    }

    public func send(_ request: HTTPExchangeRequest, timeout: Duration, maximumBodyBytes: Int)
        async throws(TransportError)
        -> HTTPExchangeResponse
    {
        // The deadline covers the whole exchange, body included (AsyncHTTPClient's own stops at
        // the head). It is a task scheduled on an event loop and cancelled when the exchange ends:
        // a cancelled Task.sleep keeps its timer until it would have fired, so a batch of
        // thousands of requests held thousands of 30-second timers.
        let exchange = Task { try await self.exchange(request, timeout: timeout, maximumBodyBytes: maximumBodyBytes) }
        let timedOut = Mutex(false)
        let deadline = client.eventLoopGroup.any().scheduleTask(in: .nanoseconds(Int64(timeout.totalNanoseconds))) {
            timedOut.withLock { $0 = true }
            exchange.cancel()
        }
        defer { deadline.cancel() }
        do {
            return try await withTaskCancellationHandler {
                try await exchange.value
            } onCancel: {
                exchange.cancel()
            }
        } catch {
            if timedOut.withLock({ $0 }) { throw TransportError.timeout }
            if let error = error as? TransportError { throw error }
            if let proxy, let url = URLComponents(string: request.url), let host = url.host,
                let problem = await Self.proxyProblem(
                    error, proxy: proxy, target: host, port: url.port ?? (url.scheme == "http" ? 80 : 443))
            {
                throw problem
            }
            // A TLS failure says which one it was (a second handshake reads the certificate).
            if Self.isTLSFailure(error), let url = URLComponents(string: request.url), let host = url.host {
                let port = url.port ?? (url.scheme == "http" ? 80 : 443)
                let reason = await TLSProbe.explainFailure(
                    host: host, port: port, trustRoots: additionalTrustRoots, proxy: proxy)
                throw TransportError.tlsFailed(reason: reason)
            }
            throw Self.classify(error)
        }
    }

    /// A failure at the proxy, said with the proxy's name (never its credentials): it refused
    /// the connection, it wants credentials (407), it could not reach the host.
    static func proxyProblem(_ error: any Error, proxy: ProxySettings, target: String, port: Int) async
        -> TransportError?
    {
        let name = "the proxy \(proxy.display) (\(proxy.origin))"
        func credentials(_ status: Int) -> String {
            proxy.hasCredentials
                ? """
                \(name) refused its credentials \
                (\(status == 407 ? "407 Proxy Authentication Required" : String(status))): check the user and \
                password in the proxy URL
                """
                : """
                \(name) asks for credentials \
                (\(status == 407 ? "407 Proxy Authentication Required" : String(status))): give them in the proxy \
                URL, http://USER:PASSWORD@\(proxy.host):\(proxy.port)
                """
        }
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .proxyAuthenticationRequired:
                return .proxyFailed(reason: credentials(407))
            case .invalidProxyResponse:
                // Which refusal it was, from the proxy's own answer to a CONNECT of ours.
                switch await ProxyProbe.connectStatus(proxy, host: target, port: port) {
                case let status? where status == 401 || status == 407:
                    return .proxyFailed(reason: credentials(status))
                case 403?:
                    return .proxyFailed(
                        reason:
                            """
                            \(name) forbids a tunnel to \(target):\(port) (403): its rules must allow it, or \
                            NO_PROXY must list \(target)
                            """
                    )
                case let status?:
                    return .proxyFailed(
                        reason: "\(name) could not reach \(target):\(port) (it answered the CONNECT with \(status))")
                case nil:
                    return .proxyFailed(reason: "\(name) refused the CONNECT tunnel to \(target):\(port)")
                }
            case .httpProxyHandshakeTimeout:
                return .proxyFailed(reason: "\(name) did not open the tunnel to \(target) in time")
            default: break
            }
        }
        let text = String(describing: error).lowercased()
        if text.contains("refused") {
            return .proxyFailed(
                reason: "\(name) refused the connection: check that it runs and that its port is right")
        }
        if text.contains("resolve") || text.contains("name or service") || text.contains("nodename") {
            return .proxyFailed(reason: "\(name): its host \(proxy.host) does not resolve")
        }
        return nil
    }

    /// NIOSSL's handshake and certificate errors, however AsyncHTTPClient wraps them.
    static func isTLSFailure(_ error: any Error) -> Bool {
        if error is NIOSSLError || error is NIOSSLExtraError || error is BoringSSLError { return true }
        let text = String(describing: error).lowercased()
        return text.contains("certificate") || text.contains("handshake") || text.contains("ssl")
    }

    private func exchange(_ request: HTTPExchangeRequest, timeout: Duration, maximumBodyBytes: Int) async throws
        -> HTTPExchangeResponse
    {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await client.execute(outgoing, timeout: .nanoseconds(Int64(timeout.totalNanoseconds)))
        // The body goes straight into one array, sized by Content-Length when the server gives it:
        // collecting into a ByteBuffer (which doubles as it grows) and copying that out would
        // hold up to three times a 47 MB answer at once.
        var body: [UInt8] = []
        if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > 0 {
            guard length <= maximumBodyBytes else { throw TransportError.bodyTooLarge }
            body.reserveCapacity(length)
        }
        // Validated as it arrives, on a thread of its own, when the whole buffer is reserved and
        // large enough to be worth a thread (a small answer is validated after, in no time).
        var prescan =
            body.capacity >= ConcurrentPrescan.minimumBytes
            ? request.prescan.flatMap { ConcurrentPrescan.start(noting: $0, over: body) } : nil
        do {
            for try await chunk in response.body {
                guard body.count + chunk.readableBytes <= maximumBodyBytes else { throw TransportError.bodyTooLarge }
                if let running = prescan, body.count + chunk.readableBytes > body.capacity {
                    // More than Content-Length said: the buffer is about to move under the thread.
                    await running.stop()
                    prescan = nil
                }
                // Through a typed buffer: contiguous, so it is one copy even unspecialised (debug).
                chunk.withUnsafeReadableBytes { bytes in body.append(contentsOf: bytes.bindMemory(to: UInt8.self)) }
                prescan?.publish(body.count)
            }
        } catch {
            // The thread reads the buffer: it ends before the buffer can go.
            await prescan?.stop()
            if error as? TransportError == .bodyTooLarge { throw TransportError.bodyTooLarge }
            if Task.isCancelled { throw TransportError.cancelled }
            // The status line arrived, so the server got the request and may have acted on it:
            // whatever broke the body, the outcome of a write is unknown, never "failed".
            throw TransportError.connectionLost(
                reason: Message.reasonBrokeOff(status: "\(response.status.code)").text(in: .english))
        }
        var exchanged = HTTPExchangeResponse(
            status: Int(response.status.code),
            headers: response.headers.map { HTTPHeader($0.name, $0.value) },
            body: body,
            protocolVersion: response.version.major >= 2
                ? "HTTP/\(response.version.major)" : "HTTP/\(response.version.major).\(response.version.minor)"
        )
        exchanged.prescannedElements = await prescan?.finish(body.count)
        return exchanged
    }

    /// The reasons are kept in English, as the journal and the audit log record them;
    /// `NP6Error.words` says them in the user's language.
    static func classify(_ error: any Error) -> TransportError {
        if error is CancellationError { return .cancelled }
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .cancelled: return .cancelled
            case .deadlineExceeded, .readTimeout, .writeTimeout: return .timeout
            case .connectTimeout: return .connectionFailed(reason: Message.reasonConnectTimeout.text(in: .english))
            case .remoteConnectionClosed: return .connectionLost(reason: Message.reasonServerClosed.text(in: .english))
            default: break
            }
        }
        // An answer the parser refused (a bad status line, a control character in a header) came
        // after the request left: the server may have acted on it.
        if let parserError = error as? HTTPParserError {
            return .connectionLost(
                reason: Message.reasonMalformed(error: UntrustedText.sanitized(String(describing: parserError))).text(
                    in: .english))
        }
        if let channelError = error as? ChannelError, case .connectTimeout = channelError {
            return .connectionFailed(reason: Message.reasonConnectTimeout.text(in: .english))
        }
        let text = String(describing: error)
        let lower = text.lowercased()
        if lower.contains("refused") { return .connectionFailed(reason: Message.reasonRefused.text(in: .english)) }
        if lower.contains("dns") || lower.contains("resolve") || lower.contains("name or service")
            || lower.contains("nodename")
        {
            return .connectionFailed(reason: Message.reasonUnknownHost.text(in: .english))
        }
        if lower.contains("unreachable") {
            return .connectionFailed(reason: Message.reasonUnreachable.text(in: .english))
        }
        if lower.contains("reset") || lower.contains("eof") || lower.contains("closed") {
            return .connectionLost(reason: Message.reasonReset.text(in: .english))
        }
        if lower.contains("ssl") || lower.contains("tls") || lower.contains("certificate") {
            return .tlsFailed(
                reason: Message.reasonTLSHandshake(error: UntrustedText.sanitized(text)).text(in: .english))
        }
        // Anything else cannot be shown to have happened before the request left: a write's
        // outcome is then unknown (re-checked), never "not deleted".
        return .connectionLost(reason: UntrustedText.sanitized(String(text.prefix(160))))
    }

    public func shutdown() async {
        try? await client.shutdown()
    }
}
