/// The answer to one request about one subscription (a delete or a re-creation), and the
/// journal entry that recorded it, so a later check can settle an unknown outcome there.
public struct RequestResult: Sendable, Equatable {
    public var subscription: Subscription
    public var error: NP6Error?
    public var journalEntry: String?

    public init(subscription: Subscription, error: NP6Error?, journalEntry: String? = nil) {
        self.subscription = subscription
        self.error = error
        self.journalEntry = journalEntry
    }
}
