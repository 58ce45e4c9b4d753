import NP6

/// The contact a journal entry is about: the key it was looked up by, and its unicity when known
/// (a contact looked up by hash still reads as its unicity in the journal).
public struct JournalContact: Sendable, Equatable {
    /// `unicity`, `hash`, `contact id`; a kind a newer version wrote is kept as written.
    public enum Kind: Sendable, Equatable, JournalText {
        case key(ContactKey.Kind)
        case unrecognized(String)

        public init(text: String) {
            self = ContactKey.Kind(rawValue: text).map(Kind.key) ?? .unrecognized(text)
        }

        public var text: String {
            switch self {
            case .key(let kind): kind.rawValue
            case .unrecognized(let text): text
            }
        }
    }

    public let kind: Kind
    public let value: String
    public let unicity: String?

    public init(kind: Kind, value: String, unicity: String?) {
        self.kind = kind
        self.value = value
        self.unicity = unicity
    }

    /// From the key a person looked up, else from what the subscriptions say of their contact.
    public init?(key: ContactKey?, subscriptions: [JSONValue]) {
        self.init(key: key, named: subscriptions.lazy.compactMap { try? Subscription(json: $0) }.map(\.contact).first)
    }

    public init?(key: ContactKey?, subscriptions: [Subscription]) {
        self.init(key: key, named: subscriptions.first?.contact)
    }

    /// `named`: the contact the first subscription names, if any.
    init?(key: ContactKey?, named: Contact?) {
        let unicity = named?.unicity
        if let key {
            self.init(kind: .key(key.kind), value: key.value, unicity: key.kind == .unicity ? key.value : unicity)
        } else if let unicity {
            self.init(kind: .key(.unicity), value: unicity, unicity: unicity)
        } else if let hash = named?.hash {
            self.init(kind: .key(.hash), value: hash, unicity: nil)
        } else if let id = named?.id {
            self.init(kind: .key(.contactID), value: id, unicity: nil)
        } else {
            return nil
        }
    }

    /// The key to look the contact up by again; nil for a kind this version does not know.
    public var key: ContactKey? {
        guard case .key(let kind) = kind else { return nil }
        return ContactKey(kind: kind, value: value)
    }

    /// Read from an intent's already parsed line (the line is parsed once, by hand, for its
    /// subscriptions); nil when it has no kind and value.
    init?(json: JSONValue?) {
        guard let kind = json?["kind"]?.stringValue, let value = json?["value"]?.stringValue else { return nil }
        self.init(kind: Kind(text: kind), value: value, unicity: json?["unicity"]?.stringValue)
    }

    var json: JSONValue {
        .object(
            JSONObject([
                "kind": .string(kind.text), "value": .string(value), "unicity": unicity.map(JSONValue.string) ?? .null,
            ]))
    }

    /// `foobar`, or `hash 3858f622…` when the unicity is unknown. Not sanitised.
    public var text: String {
        if let unicity { return unicity }
        let short = value.count > 12 ? String(value.prefix(8)) + "…" : value
        return "\(kind.text) \(short)"
    }

    /// `foobar`, or `foobar (hash 3858f622…)` when it was looked up by another key: the wide
    /// table's and the browser journal's details. Not sanitised.
    public var fullText: String {
        guard let unicity else { return "\(kind.text) \(value)" }
        return unicity == value ? unicity : "\(unicity) (\(kind.text) \(value))"
    }

    /// Whether `needle` (any case) is part of its unicity or the key it was looked up by.
    public func matches(_ needle: String) -> Bool {
        let lowered = needle.lowercased()
        return [value, unicity].compactMap { $0?.lowercased() }.contains { $0.contains(lowered) }
    }
}
