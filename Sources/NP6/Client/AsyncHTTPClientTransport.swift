import AsyncHTTPClient
import Essentials
import NIOCore
import NIOHTTP1

/// The production transport. Redirects are switched off here because `NP6Client` follows them
/// itself, deciding per hop whether the API key may go along.
public final class AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient

    public init(connectTimeout: Duration = .seconds(10)) {
        var pool = HTTPClient.Configuration.ConnectionPool()
        // AsyncHTTPClient would otherwise retry a refused connection until the request deadline;
        // NP6Client's own policy decides (reads: three attempts with backoff; writes: none).
        pool.retryConnectionEstablishment = false
        let configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .nanoseconds(Int64(connectTimeout.totalNanoseconds))),
            connectionPool: pool
        )
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func send(_ request: HTTPExchangeRequest, timeout: Duration, maximumBodyBytes: Int) async throws(TransportError)
        -> HTTPExchangeResponse
    {
        do {
            return try await withThrowingTaskGroup(of: HTTPExchangeResponse.self) { group in
                group.addTask { try await self.exchange(request, timeout: timeout, maximumBodyBytes: maximumBodyBytes) }
                group.addTask {
                    // The deadline covers the whole exchange, body included.
                    try await Task.sleep(for: timeout)
                    throw TransportError.timeout
                }
                defer { group.cancelAll() }
                guard let first = try await group.next() else { throw TransportError.cancelled }
                return first
            }
        } catch let error as TransportError {
            throw error
        } catch {
            throw Self.classify(error)
        }
    }

    private func exchange(_ request: HTTPExchangeRequest, timeout: Duration, maximumBodyBytes: Int) async throws
        -> HTTPExchangeResponse
    {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await client.execute(outgoing, timeout: .nanoseconds(Int64(timeout.totalNanoseconds)))
        let buffer: ByteBuffer
        do {
            buffer = try await response.body.collect(upTo: maximumBodyBytes)
        } catch is NIOTooManyBytesError {
            throw TransportError.bodyTooLarge
        } catch {
            if Task.isCancelled { throw TransportError.cancelled }
            // The status line arrived, so the server got the request and may have acted on it:
            // whatever broke the body, the outcome of a write is unknown, never "failed".
            throw TransportError.connectionLost(reason: "the answer broke off after its status line (HTTP \(response.status.code))")
        }
        return HTTPExchangeResponse(
            status: Int(response.status.code),
            headers: response.headers.map { HTTPHeader($0.name, $0.value) },
            body: Array(buffer.readableBytesView)
        )
    }

    static func classify(_ error: any Error) -> TransportError {
        if error is CancellationError { return .cancelled }
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .cancelled: return .cancelled
            case .deadlineExceeded, .readTimeout, .writeTimeout: return .timeout
            case .connectTimeout: return .connectionFailed(reason: "timed out while connecting")
            case .remoteConnectionClosed: return .connectionLost(reason: "the server closed the connection")
            default: break
            }
        }
        let text = String(describing: error)
        let lower = text.lowercased()
        if lower.contains("refused") { return .connectionFailed(reason: "connection refused") }
        if lower.contains("dns") || lower.contains("resolve") || lower.contains("name or service") || lower.contains("nodename") {
            return .connectionFailed(reason: "unknown host")
        }
        if lower.contains("unreachable") { return .connectionFailed(reason: "network unreachable") }
        if lower.contains("reset") || lower.contains("eof") || lower.contains("closed") { return .connectionLost(reason: "connection reset") }
        if lower.contains("ssl") || lower.contains("tls") || lower.contains("certificate") {
            return .connectionFailed(reason: "TLS handshake failed (\(UntrustedText.sanitized(String(text.prefix(120)))))")
        }
        return .connectionFailed(reason: UntrustedText.sanitized(String(text.prefix(160))))
    }

    public func shutdown() async {
        try? await client.shutdown()
    }
}
