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
        let contacts = Self.contacts(of: subscriptions)
        var known = Known(key: key)
        for contact in contacts where known.matchesKey(contact) { known.learn(from: contact) }
        var owners: [String: ContactKey] = [:]
        for (subscription, contact) in zip(subscriptions, contacts) where known.contradicts(contact) {
            owners[subscription.id] = Self.name(of: contact)
        }
        foreignOwners = owners
    }

    /// Each row's contact, parsed once per distinct text: the rows of one contact repeat the same
    /// bytes, and parsing each of 100,000 copies was half the time from Enter to the rows drawn
    /// (docs/performance.md).
    static func contacts(of subscriptions: [Subscription]) -> [Contact] {
        var parsed: [ArraySlice<UInt8>: Contact] = [:]
        var previous: (bytes: ArraySlice<UInt8>, contact: Contact)?
        return subscriptions.map { subscription in
            guard let range = JSONParser.memberRange("contact", inObject: subscription.jsonBytes) else {
                return Contact(json: nil)
            }
            let bytes = subscription.jsonBytes[range]
            if let previous, previous.bytes.elementsEqual(bytes) { return previous.contact }
            let contact = parsed[bytes] ?? Contact(json: try? JSONParser.parse(bytes))
            parsed[bytes] = contact
            previous = (bytes, contact)
            return contact
        }
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
