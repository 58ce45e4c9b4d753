public enum TransportError: Error, Sendable, Equatable {
    case timeout
    /// Nothing was sent: the connection could not be made.
    case connectionFailed(reason: String)
    /// The request may have been sent before the connection broke.
    case connectionLost(reason: String)
    /// Nothing was sent: the TLS handshake failed. The reason says which failure and its fix.
    case tlsFailed(reason: String)
    /// Nothing was sent: the proxy refused (its credentials, its rules) or could not reach the
    /// server. The reason names the proxy, never the NP6 server.
    case proxyFailed(reason: String)
    case bodyTooLarge
    case cancelled
}
