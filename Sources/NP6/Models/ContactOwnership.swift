/// Which rows of a list answer belong to another contact than the one looked up.
///
/// A list can hold a subscription whose `contact` is someone else's: a server bug, a merge of
/// contacts. What the looked-up contact is comes from the key and from the rows that match it on
/// the key's own field (a lookup by unicity learns the contact's id and hash from them). A row is
/// foreign when one of its contact fields contradicts what is known; a row that names no field
/// is not judged.
public struct ContactOwnership: Sendable, Equatable {
    /// Foreign rows by subscription id: whose they are, named as the row names its contact.
    public private(set) var foreignOwners: [String: ContactKey]

    public init(key: ContactKey?, subscriptions: [Subscription]) {
        guard let key else {
            foreignOwners = [:]
            return
        }
        // What is known depends on the contacts only, not on how many rows repeat each one: the
        // rules run once per distinct contact, and the rows look their verdict up.
        let (distinct, rowContact) = Self.contacts(of: subscriptions)
        var known = Known(key: key)
        for contact in distinct where known.matchesKey(contact) { known.learn(from: contact) }
        let foreign = distinct.map { known.contradicts($0) }
        var owners: [String: ContactKey] = [:]
        for (subscription, index) in zip(subscriptions, rowContact) where foreign[index] {
            owners[subscription.id] = Self.name(of: distinct[index])
        }
        foreignOwners = owners
    }

    /// The distinct contacts of the rows, each parsed once, and for each row the index of its
    /// own. The rows of one contact repeat the same bytes: parsing (then judging) each of 100,000
    /// copies was half the time from Enter to the rows drawn, and reading each row's copy after
    /// the decode a cache miss a row (docs/performance.md). Rows whose contacts the decode found
    /// equal share an identity, so only each distinct one is read.
    static func contacts(of subscriptions: [Subscription]) -> (distinct: [Contact], rowContact: [Int]) {
        var distinct: [Contact] = [Contact(json: nil)]
        var byBytes: [ArraySlice<UInt8>: Int] = [:]
        var byIdentity: [Int: Int] = [:]
        var previous: (identity: Int, index: Int)?
        let rowContact = subscriptions.map { subscription -> Int in
            let identity = subscription.contactIdentity
            if let identity, let previous, previous.identity == identity { return previous.index }
            if let identity, let index = byIdentity[identity] {
                previous = (identity, index)
                return index
            }
            guard let bytes = subscription.contactBytes else { return 0 }
            let index =
                byBytes[bytes]
                ?? {
                    distinct.append(Contact(json: try? JSONParser.parse(bytes)))
                    return distinct.count - 1
                }()
            byBytes[bytes] = index
            if let identity {
                byIdentity[identity] = index
                previous = (identity, index)
            }
            return index
        }
        return (distinct, rowContact)
    }

    /// No row is foreign (nothing was looked up yet).
    public static let none = ContactOwnership(key: nil, subscriptions: [])

    public var isEmpty: Bool { foreignOwners.isEmpty }
    public var count: Int { foreignOwners.count }

    /// After a delete: the rows that are gone are no one's.
    public mutating func forget(ids: Set<String>) {
        for id in ids { foreignOwners[id] = nil }
    }

    /// Nil at once when no row is foreign: the id is read from the row's bytes, and the list asks
    /// for every row it draws.
    public func owner(of subscription: Subscription) -> ContactKey? {
        foreignOwners.isEmpty ? nil : foreignOwners[subscription.id]
    }

    /// The contact as a person would name it: its unicity when the row gives one.
    static func name(of contact: Contact) -> ContactKey {
        if let unicity = contact.unicity ?? contact.value { return .unicity(unicity) }
        if let id = contact.id { return .contactID(id) }
        return .hash(contact.hash ?? "?")
    }

    /// The looked-up contact's fields, as far as they are known.
    private struct Known {
        let key: ContactKey
        var ids: Set<String> = []
        var unicities: Set<String> = []
        /// Lower-cased: a hash is hex, and its case says nothing.
        var hashes: Set<String> = []

        init(key: ContactKey) {
            self.key = key
            switch key {
            case .contactID(let id): ids.insert(id)
            case .unicity(let unicity): unicities.insert(unicity)
            case .hash(let hash): hashes.insert(hash.lowercased())
            }
        }

        func matchesKey(_ contact: Contact) -> Bool {
            switch key {
            case .contactID(let id): contact.id == id
            case .unicity(let unicity): (contact.unicity ?? contact.value) == unicity
            case .hash(let hash): contact.hash?.lowercased() == hash.lowercased()
            }
        }

        mutating func learn(from contact: Contact) {
            if let id = contact.id { ids.insert(id) }
            if let unicity = contact.unicity ?? contact.value { unicities.insert(unicity) }
            if let hash = contact.hash { hashes.insert(hash.lowercased()) }
        }

        func contradicts(_ contact: Contact) -> Bool {
            if let id = contact.id, !ids.isEmpty, !ids.contains(id) { return true }
            if let unicity = contact.unicity ?? contact.value, !unicities.isEmpty, !unicities.contains(unicity) {
                return true
            }
            if let hash = contact.hash, !hashes.isEmpty, !hashes.contains(hash.lowercased()) { return true }
            return false
        }
    }
}
