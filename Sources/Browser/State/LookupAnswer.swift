import NP6
import Search

/// What a lookup found: the contact's subscriptions and, for a lookup by subscription id, which
/// one to select.
///
/// A short answer's search index is built here, by whoever makes the answer (the controller,
/// off the UI thread). A long one's is not: its rows are drawn first and the browser has the
/// index built after (`IndexJob`), so 100,000 rows appear as soon as they are decoded.
public struct LookupAnswer: Sendable, Equatable {
    public let contact: ContactKey?
    public let subscriptions: [Subscription]
    public let selectID: String?
    /// Nil for an answer of `BrowserState.backgroundFilterRows` rows or more.
    public let searchIndex: SearchIndex?
    /// The rows that are another contact's, found here for the same reason as the index.
    public let ownership: ContactOwnership

    public init(
        contact: ContactKey?, subscriptions: [Subscription], selectID: String? = nil, timeZone: LocalTimeZone = .utc
    ) {
        self.contact = contact
        self.subscriptions = subscriptions
        self.selectID = selectID
        self.searchIndex =
            subscriptions.count < BrowserState.backgroundFilterRows
            ? SearchIndex(subscriptions, timeZone: timeZone) : nil
        self.ownership = ContactOwnership(key: contact, subscriptions: subscriptions)
    }

    /// The index and the ownership are derived from the subscriptions, so they take no part in equality.
    public static func == (lhs: LookupAnswer, rhs: LookupAnswer) -> Bool {
        lhs.contact == rhs.contact && lhs.subscriptions == rhs.subscriptions && lhs.selectID == rhs.selectID
    }
}
