import NP6

/// `u` in the journal: re-create what one entry removed. The confirmation carries the entry's
/// id (journalled as what the re-creation restores), its contact (the journal records it under
/// that contact, whoever is on screen) and the journal to go back to when cancelled.
public struct JournalRestore: Sendable, Equatable {
    public let entry: String
    public let contact: ContactKey?
    /// The contact in words and the entry's time, for the modal.
    public let contactText: String
    public let when: String
    public let subscriptions: [Subscription]
    /// The journal as it was when `u` was pressed.
    public let journal: JournalBrowser

    public init(
        entry: String, contact: ContactKey?, contactText: String, when: String, subscriptions: [Subscription],
        journal: JournalBrowser
    ) {
        self.entry = entry
        self.contact = contact
        self.contactText = contactText
        self.when = when
        self.subscriptions = subscriptions
        self.journal = journal
    }
}
