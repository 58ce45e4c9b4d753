/// One HTTP exchange, without policy: no retries, no redirects, no status interpretation.
/// `NP6Client` owns the policy; the transport only moves bytes (AsyncHTTPClient in production).
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPExchangeRequest, timeout: Duration, maximumBodyBytes: Int) async throws(TransportError)
        -> HTTPExchangeResponse
    func shutdown() async
}
