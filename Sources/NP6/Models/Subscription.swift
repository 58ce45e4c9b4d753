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
    /// Where the `id` and `contact` values lie in `jsonBytes`, found when it was validated: the
    /// list and the foreign-row check ask for them for every row.
    private let landmarks: SubscriptionLandmarks

    /// The id, read from the bytes: a stored copy would cost 8 MB at 100,000 rows.
    public var id: String {
        guard let value = member(at: landmarks.id(from: jsonBytes.startIndex), named: "id") else { return "" }
        let text = value.dropFirst().dropLast()
        guard !text.contains(UInt8(ascii: "\\")) else { return (try? JSONParser.parse(value))?.stringValue ?? "" }
        return String(decoding: text, as: UTF8.self)
    }

    /// The `contact` member's value as sent, nil when there is none.
    public var contactBytes: ArraySlice<UInt8>? {
        member(at: landmarks.contact(from: jsonBytes.startIndex), named: "contact")
    }

    private func member(at place: SubscriptionLandmarks.Place, named name: String) -> ArraySlice<UInt8>? {
        switch place {
        case .at(let range): jsonBytes[range]
        case .absent: nil
        case .unknown: JSONParser.memberRange(name, inObject: jsonBytes).map { jsonBytes[$0] }
        }
    }

    /// From a parsed value (a single `GET`, a `PUT`'s answer, the journal, tests).
    public init(json: JSONValue) throws(NP6ModelError) {
        guard json.objectValue != nil else { throw NP6ModelError(reason: "a subscription is not a JSON object") }
        guard json["id"]?.stringValue != nil else { throw NP6ModelError(reason: "a subscription has no \"id\"") }
        try self.init(validatedBytes: ArraySlice(json.serializedBytes()))
    }

    /// From bytes that `JSONParser` has already validated as one JSON value. `noted` is what the
    /// validating pass saw of the `id` and `contact` members (without it they are looked up),
    /// and `contactTwin` where the same contact bytes first came in the answer.
    init(validatedBytes bytes: ArraySlice<UInt8>, noted: NotedElement? = nil, contactTwin: Int? = nil)
        throws(NP6ModelError)
    {
        let idRange: Range<Int>?
        let contactRange: Range<Int>?
        if let noted, noted.isComplete {
            // What the pass saw: the bytes are not read again.
            idRange = noted.firstIsString ? noted.first : nil
            contactRange = noted.second
        } else {
            guard bytes.first == UInt8(ascii: "{") else {
                throw NP6ModelError(reason: "a subscription is not a JSON object")
            }
            idRange = JSONParser.memberRange("id", inObject: bytes).flatMap {
                bytes[$0].first == UInt8(ascii: "\"") ? $0 : nil
            }
            contactRange = JSONParser.memberRange("contact", inObject: bytes)
        }
        guard let idRange else { throw NP6ModelError(reason: "a subscription has no \"id\"") }
        self.jsonBytes = bytes
        self.landmarks = SubscriptionLandmarks(id: idRange, contact: contactRange, twin: contactTwin, in: bytes)
    }

    /// Equal for two rows of one answer whose contacts have the same bytes, found without
    /// reading them (`ContactOwnership` reads each distinct one once); nil without a contact.
    var contactIdentity: Int? {
        jsonBytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { landmarks.contactIdentity(sliceAddress: Int(bitPattern: $0)) }
        }
    }

    /// Equal when the bytes are: the landmarks are found from them.
    public static func == (lhs: Subscription, rhs: Subscription) -> Bool { lhs.jsonBytes == rhs.jsonBytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(jsonBytes) }

    /// The whole subscription as a JSON value, member order and number text as sent.
    public var raw: JSONValue { (try? JSONParser.parse(jsonBytes)) ?? .null }

    public var lifecycle: Lifecycle { Lifecycle(json: member("lifecycle")) }
    /// UUID of the notifiable application, when present.
    public var application: String? { member("application")?.stringValue }
    public var provider: Provider { Provider(json: member("provider")) }
    public var contact: Contact { Contact(json: contactBytes.flatMap { try? JSONParser.parse($0) }) }

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
    /// `prescanned`: the elements `JSONArrayPrescan` found as the answer arrived, when it could
    /// vouch for them (the pass is then not run again).
    public static func list(fromJSON body: [UInt8], prescanned: [NotedElement]? = nil) throws(SubscriptionListError)
        -> [Subscription]
    {
        try list(fromJSON: body[...], prescanned: prescanned)
    }

    /// The same over a part of a larger buffer (a batch plan's line): each subscription keeps its
    /// slice of that buffer.
    public static func list(fromJSON body: ArraySlice<UInt8>, prescanned: [NotedElement]? = nil)
        throws(SubscriptionListError) -> [Subscription]
    {
        var elements = prescanned
        if elements == nil {
            do { elements = try JSONParser.elements(ofArray: body, noting: notedKeys) } catch {
                throw .invalidJSON(error)
            }
        }
        guard let elements else { throw .shape(NP6ModelError(reason: "expected a JSON array of subscriptions")) }
        var subscriptions: [Subscription] = []
        subscriptions.reserveCapacity(elements.count)
        // Where the current run of rows with the same contact bytes began.
        var twin: Int?
        for (position, element) in elements.enumerated() {
            twin = element.secondRepeatsPrevious ? twin : element.second?.lowerBound
            do {
                subscriptions.append(
                    try Subscription(validatedBytes: body[element.range], noted: element, contactTwin: twin))
            } catch {
                throw .shape(NP6ModelError(reason: "item \(position): \(error.reason)"))
            }
        }
        return subscriptions
    }

    /// The members the validating pass notes for every row.
    public static let notedKeys = NotedKeys("id", "contact")
}
