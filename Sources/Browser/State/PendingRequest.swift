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

    /// What it is doing, in a word or two: `loading`, `deleting`, `deleting all`, `re-creating`.
    public var activity: String {
        switch kind {
        case .lookup: "loading"
        case .delete: "deleting"
        case .deleteAll: "deleting all"
        case .restore: "re-creating"
        }
    }

    /// Whether it is a lookup (a read), not a write.
    public var isLookup: Bool {
        if case .lookup = kind { return true }
        return false
    }
}
