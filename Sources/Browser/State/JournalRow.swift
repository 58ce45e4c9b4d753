import NP6

/// One journal entry as the browser's journal (`J`) shows it: its cells under the table's columns
/// (the ones `np6-subs journal` prints), what the pane under the table says of it, and whether
/// `u` may re-create what it removed. Made by the controller from the journal file; every text
/// is the journal's (sanitised where it is drawn).
public struct JournalRow: Sendable, Equatable {
    /// Whether `u` re-creates this entry's subscriptions, and if not, why.
    public enum Undo: Sendable, Equatable {
        case possible([Subscription])
        case refused(String)
    }

    /// A line of the pane under the table: the whole id, who, where, the requests.
    public struct Detail: Sendable, Equatable {
        public let label: String
        public let value: String

        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    public let id: String
    public let cells: [String]
    /// The entry's time and contact as the cells show them (the modal of `u` names both).
    public let when: String
    public let contactText: String
    /// The contact it was recorded for, as looked up, and its unicity when known: the rows of
    /// the contact on screen are highlighted.
    public let contact: ContactKey?
    public let unicity: String?
    public let details: [Detail]
    public let undo: Undo
    /// The cells as one text, which the journal's `/` filter reads, and lower-cased (read once, not
    /// at every keystroke of a long journal).
    let searchText: String
    let foldedText: String

    public init(
        id: String, cells: [String], when: String, contactText: String, contact: ContactKey?, unicity: String?,
        details: [Detail], undo: Undo
    ) {
        self.id = id
        self.cells = cells
        self.when = when
        self.contactText = contactText
        self.contact = contact
        self.unicity = unicity
        self.details = details
        self.undo = undo
        self.searchText = cells.joined(separator: " ")
        self.foldedText = searchText.lowercased()
    }

    /// Whether the entry is about the contact on screen (looked up by `contact`, unicity `unicity`).
    public func isAbout(_ contact: ContactKey?, unicity: String?) -> Bool {
        if let contact, self.contact == contact { return true }
        if let unicity, let own = self.unicity { return own == unicity }
        return false
    }
}
