/// The answer to one request about one subscription (a delete or a re-creation).
public struct RequestResult: Sendable, Equatable {
    public var subscription: Subscription
    public var error: NP6Error?
    public init(subscription: Subscription, error: NP6Error?) {
        self.subscription = subscription
        self.error = error
    }
}
