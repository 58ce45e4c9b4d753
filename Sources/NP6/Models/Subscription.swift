/// One device of one contact for one notifiable application.
///
/// A subscription is kept as the bytes the server sent for it (`jsonBytes`, a slice of the list's
/// answer, shared rather than copied), and its typed fields are read from them when asked. A
/// 100,000-row contact then costs its JSON text and little more, instead of a tree of strings per
/// row; and re-creating a deleted subscription sends back exactly what the server had, unknown
/// fields included.
public struct Subscription: Sendable, Hashable, Identifiable {
    /// One JSON object, exactly as received (already validated, with a string `id`).
    public let jsonBytes: ArraySlice<UInt8>

    /// Read from the bytes too (it comes first in the API's answers, so this is quick): a stored
    /// copy would cost 8 MB at 100,000 rows.
    public var id: String { member("id")?.stringValue ?? "" }

    /// From a parsed value (a single `GET`, a `PUT`'s answer, the journal, tests).
    public init(json: JSONValue) throws(NP6ModelError) {
        guard json.objectValue != nil else { throw NP6ModelError(reason: "a subscription is not a JSON object") }
        guard json["id"]?.stringValue != nil else { throw NP6ModelError(reason: "a subscription has no \"id\"") }
        self.jsonBytes = ArraySlice(json.serializedBytes())
    }

    /// From bytes that `JSONParser` has already validated as one JSON value.
    init(validatedBytes bytes: ArraySlice<UInt8>) throws(NP6ModelError) {
        guard bytes.first == UInt8(ascii: "{") else {
            throw NP6ModelError(reason: "a subscription is not a JSON object")
        }
        guard let range = JSONParser.memberRange("id", inObject: bytes), bytes[range].first == UInt8(ascii: "\"") else {
            throw NP6ModelError(reason: "a subscription has no \"id\"")
        }
        self.jsonBytes = bytes
    }

    /// The whole subscription as a JSON value, member order and number text as sent.
    public var raw: JSONValue { (try? JSONParser.parse(jsonBytes)) ?? .null }

    public var lifecycle: Lifecycle { Lifecycle(json: member("lifecycle")) }
    /// UUID of the notifiable application, when present.
    public var application: String? { member("application")?.stringValue }
    public var provider: Provider { Provider(json: member("provider")) }
    public var contact: Contact { Contact(json: member("contact")) }

    /// One top-level member, parsed on its own: the rest of the object is skipped, not built.
    public func member(_ key: String) -> JSONValue? {
        guard let range = JSONParser.memberRange(key, inObject: jsonBytes) else { return nil }
        return try? JSONParser.parse(jsonBytes[range])
    }

    /// Decodes the answer of a list operation: a JSON array of subscriptions.
    public static func list(from json: JSONValue) throws(NP6ModelError) -> [Subscription] {
        guard case .array(let elements) = json else {
            throw NP6ModelError(reason: "expected a JSON array of subscriptions")
        }
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

    /// Decodes a list operation's answer straight from its bytes: the document is validated in
    /// one pass and every subscription keeps its slice of `body`.
    public static func list(fromJSON body: [UInt8]) throws(SubscriptionListError) -> [Subscription] {
        try list(fromJSON: body[...])
    }

    /// The same over a part of a larger buffer (a batch plan's line): each subscription keeps its
    /// slice of that buffer.
    public static func list(fromJSON body: ArraySlice<UInt8>) throws(SubscriptionListError) -> [Subscription] {
        let ranges: [Range<Int>]?
        do { ranges = try JSONParser.elementRanges(ofArray: body) } catch { throw .invalidJSON(error) }
        guard let ranges else { throw .shape(NP6ModelError(reason: "expected a JSON array of subscriptions")) }
        var subscriptions: [Subscription] = []
        subscriptions.reserveCapacity(ranges.count)
        for (position, range) in ranges.enumerated() {
            do {
                subscriptions.append(try Subscription(validatedBytes: body[range]))
            } catch {
                throw .shape(NP6ModelError(reason: "item \(position): \(error.reason)"))
            }
        }
        return subscriptions
    }
}
