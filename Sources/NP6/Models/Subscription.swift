/// One device of one contact for one notifiable application.
///
/// The typed fields are read from `raw`, which is kept whole: encoding gives back exactly what the
/// server sent, unknown fields included, so a deleted subscription can be re-created as it was.
public struct Subscription: Sendable, Hashable, Identifiable {
    public let id: String
    public let lifecycle: Lifecycle
    /// UUID of the notifiable application, when present.
    public let application: String?
    public let provider: Provider
    public let contact: Contact
    public let raw: JSONValue

    public init(json: JSONValue) throws(NP6ModelError) {
        guard let object = json.objectValue else { throw NP6ModelError(reason: "a subscription is not a JSON object") }
        guard let id = object["id"]?.stringValue else { throw NP6ModelError(reason: "a subscription has no \"id\"") }
        self.id = id
        self.lifecycle = Lifecycle(json: object["lifecycle"])
        self.application = object["application"]?.stringValue
        self.provider = Provider(json: object["provider"])
        self.contact = Contact(json: object["contact"])
        self.raw = json
    }

    /// Decodes the answer of a list operation: a JSON array of subscriptions.
    public static func list(from json: JSONValue) throws(NP6ModelError) -> [Subscription] {
        guard case .array(let elements) = json else { throw NP6ModelError(reason: "expected a JSON array of subscriptions") }
        var subscriptions: [Subscription] = []
        subscriptions.reserveCapacity(elements.count)
        for (position, element) in elements.enumerated() {
            do {
                subscriptions.append(try Subscription(json: element))
            } catch {
                throw NP6ModelError(reason: "item \(position): \(error.reason)")
            }
        }
        return subscriptions
    }
}

/// The server's JSON was well formed but not the shape a subscription needs.
public struct NP6ModelError: Error, Sendable, Equatable {
    public var reason: String
    public init(reason: String) {
        self.reason = reason
    }
}
