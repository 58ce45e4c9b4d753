/// A subscription's typed fields from a single parse of its bytes, for code that needs several
/// fields of many rows (building the search index) rather than one field of a visible row.
public struct SubscriptionFields: Sendable, Hashable {
    public var lifecycle: Lifecycle
    public var application: String?
    public var provider: Provider
    public var contact: Contact

    public init(_ subscription: Subscription) {
        let raw = subscription.raw
        lifecycle = Lifecycle(json: raw["lifecycle"])
        application = raw["application"]?.stringValue
        provider = Provider(json: raw["provider"])
        contact = Contact(json: raw["contact"])
    }
}
