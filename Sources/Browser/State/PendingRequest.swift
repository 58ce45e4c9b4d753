import NP6

/// A request in flight. Only one lookup or delete runs at a time; its generation tells its
/// answer from a stale one.
public struct PendingRequest: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case lookup(LookupTarget)
        case delete([Subscription])
        case deleteAll(ContactKey)
        case restore([Subscription])
    }

    public let generation: Int
    public let kind: Kind
    public let startedAt: Double
}
