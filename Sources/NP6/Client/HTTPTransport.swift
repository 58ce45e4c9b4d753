/// One HTTP exchange, without policy: no retries, no redirects, no status interpretation.
/// `NP6Client` owns the policy; the transport only moves bytes (AsyncHTTPClient in production).
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPExchangeRequest, timeout: Duration, maximumBodyBytes: Int) async throws(TransportError) -> HTTPExchangeResponse
    func shutdown() async
}

public struct HTTPHeader: Sendable, Hashable {
    public var name: String
    public var value: String
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

public struct HTTPExchangeRequest: Sendable {
    public var method: String
    public var url: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]?

    public init(method: String, url: String, headers: [HTTPHeader], body: [UInt8]? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? {
        headers.first(where: { $0.name.lowercased() == name.lowercased() })?.value
    }
}

public struct HTTPExchangeResponse: Sendable {
    public var status: Int
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(status: Int, headers: [HTTPHeader], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? {
        headers.first(where: { $0.name.lowercased() == name.lowercased() })?.value
    }
}

public enum TransportError: Error, Sendable, Equatable {
    case timeout
    /// Nothing was sent: the connection could not be made.
    case connectionFailed(reason: String)
    /// The request may have been sent before the connection broke.
    case connectionLost(reason: String)
    case bodyTooLarge
    case cancelled
}
