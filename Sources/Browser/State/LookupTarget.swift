import NP6

/// What the person asked to look up.
public enum LookupTarget: Sendable, Hashable {
    case contact(ContactKey)
    case subscription(id: String)

    public var kind: LookupKind {
        switch self {
        case .contact(let key):
            switch key.kind {
            case .unicity: return .unicity
            case .hash: return .hash
            case .contactID: return .contactID
            }
        case .subscription: return .subscriptionID
        }
    }

    public var value: String {
        switch self {
        case .contact(let key): return key.value
        case .subscription(let id): return id
        }
    }

    public init(kind: LookupKind, value: String) {
        switch kind {
        case .unicity: self = .contact(.unicity(value))
        case .hash: self = .contact(.hash(value))
        case .contactID: self = .contact(.contactID(value))
        case .subscriptionID: self = .subscription(id: value)
        }
    }

    /// The contact, when the lookup named one (not a subscription id).
    var contactKey: ContactKey? {
        if case .contact(let key) = self { return key }
        return nil
    }
}
