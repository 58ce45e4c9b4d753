/// The server's JSON was well formed but not the shape a subscription needs.
public struct NP6ModelError: Error, Sendable, Equatable {
    public var reason: String
    public init(reason: String) {
        self.reason = reason
    }
}
