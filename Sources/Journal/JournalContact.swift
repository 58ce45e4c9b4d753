import NP6

/// The contact a journal entry is about: the key it was looked up by, and its unicity when known
/// (a contact looked up by hash still reads as its unicity in the journal).
public struct JournalContact: Sendable, Equatable {
    /// `unicity`, `hash`, `contact id`.
    public let kind: String
    public let value: String
    public let unicity: String?

    public init(kind: String, value: String, unicity: String?) {
        self.kind = kind
        self.value = value
        self.unicity = unicity
    }

    /// From the key a person looked up, else from what the subscriptions say of their contact.
    public init?(key: ContactKey?, subscriptions: [JSONValue]) {
        let named = subscriptions.lazy.compactMap { try? Subscription(json: $0) }.map(\.contact).first
        let unicity = named?.unicity
        if let key {
            self.init(kind: key.kind.rawValue, value: key.value, unicity: key.kind == .unicity ? key.value : unicity)
        } else if let unicity {
            self.init(kind: ContactKey.Kind.unicity.rawValue, value: unicity, unicity: unicity)
        } else if let hash = named?.hash {
            self.init(kind: ContactKey.Kind.hash.rawValue, value: hash, unicity: nil)
        } else if let id = named?.id {
            self.init(kind: ContactKey.Kind.contactID.rawValue, value: id, unicity: nil)
        } else {
            return nil
        }
    }

    init?(json: JSONValue?) {
        guard let kind = json?["kind"]?.stringValue, let value = json?["value"]?.stringValue else { return nil }
        self.init(kind: kind, value: value, unicity: json?["unicity"]?.stringValue)
    }

    var json: JSONValue {
        .object(JSONObject(["kind": .string(kind), "value": .string(value), "unicity": unicity.map(JSONValue.string) ?? .null]))
    }

    /// `foobar`, or `hash 3858f622…` when the unicity is unknown. Not sanitised.
    public var text: String {
        if let unicity { return unicity }
        let short = value.count > 12 ? String(value.prefix(8)) + "…" : value
        return "\(kind) \(short)"
    }

    /// Whether `needle` (any case) is part of its unicity or the key it was looked up by.
    public func matches(_ needle: String) -> Bool {
        let lowered = needle.lowercased()
        return [value, unicity].compactMap { $0?.lowercased() }.contains { $0.contains(lowered) }
    }
}
