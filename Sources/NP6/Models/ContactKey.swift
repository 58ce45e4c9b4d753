/// How a contact is looked up: by its id, by its unicity (the business key, often an e-mail
/// address), or by the hash of its unicity.
public enum ContactKey: Sendable, Hashable {
    case contactID(String)
    case unicity(String)
    case hash(String)

    public enum Kind: String, Sendable, CaseIterable, Codable {
        case contactID = "contact id"
        case unicity
        case hash
    }

    public init(kind: Kind, value: String) {
        switch kind {
        case .contactID: self = .contactID(value)
        case .unicity: self = .unicity(value)
        case .hash: self = .hash(value)
        }
    }

    public var kind: Kind {
        switch self {
        case .contactID: return .contactID
        case .unicity: return .unicity
        case .hash: return .hash
        }
    }

    public var value: String {
        switch self {
        case .contactID(let value), .unicity(let value), .hash(let value): return value
        }
    }

    /// The operation that lists this contact's subscriptions.
    public var listOperation: NP6Operation {
        switch self {
        case .contactID(let id): return .listByContactID(id)
        case .unicity(let unicity): return .listByUnicity(unicity)
        case .hash(let hash): return .listByHash(hash)
        }
    }

    /// The bulk operation that deletes all of this contact's subscriptions.
    public var deleteOperation: NP6Operation {
        switch self {
        case .contactID(let id): return .deleteByContactID(id)
        case .unicity(let unicity): return .deleteByUnicity(unicity)
        case .hash(let hash): return .deleteByHash(hash)
        }
    }
}
