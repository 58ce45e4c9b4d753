/// What a journal entry did. An operation this version does not know (a newer journal's) is
/// kept as `unrecognized` and shown as written.
public enum JournalOperation: Sendable, Hashable, JournalText {
    case deleteSubscription
    case deleteContact
    case undo
    case restore
    /// An operation a newer version wrote.
    case unrecognized(String)

    static let known: [JournalOperation] = [.deleteSubscription, .deleteContact, .undo, .restore]

    public init(text: String) {
        self = Self.known.first { $0.text == text } ?? .unrecognized(text)
    }

    /// As written in the journal: `delete-subscription`.
    public var text: String {
        switch self {
        case .deleteSubscription: "delete-subscription"
        case .deleteContact: "delete-contact"
        case .undo: "undo"
        case .restore: "restore"
        case .unrecognized(let text): text
        }
    }
}
