import NP6

/// What sits on top of the list and takes the keys while it is open.
public enum Overlay: Sendable, Equatable {
    case prompt(LookupPrompt)
    case confirmDelete(DeleteConfirmation)
    case confirmDeleteAll(DeleteAllConfirmation)
    case confirmRestore(RestoreConfirmation)
    case help(scroll: Int)
}

/// The `o` prompt: a kind, a text field, and a position in the history.
public struct LookupPrompt: Sendable, Equatable {
    public var kind: LookupKind
    public var field: TextField
    /// Index into the recent lookups while recalling with ↑/↓; nil while typing.
    public var historyIndex: Int?

    public init(kind: LookupKind = .unicity, text: String = "") {
        self.kind = kind
        self.field = TextField(text: text)
    }
}

/// A one-line editable text with a cursor (in characters).
public struct TextField: Sendable, Equatable {
    public var text: String
    public var cursor: Int

    public init(text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Applies an editing key; returns false if the key is not an editing key.
    public mutating func apply(_ key: Key) -> Bool {
        var characters = Array(text)
        switch key {
        case .character(let character):
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .control("k"):
            characters.removeLast(characters.count - cursor)
        case .control("w"):
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        text = String(characters)
        return true
    }
}

public enum ConfirmButton: Sendable, Equatable {
    case cancel
    case delete
}

/// The `d` modal: what will be deleted (the selected row, or every marked row), and which button
/// has focus (Cancel, by default).
public struct DeleteConfirmation: Sendable, Equatable {
    public var subscriptions: [Subscription]
    /// Marked rows that the current filter hides: the modal warns about them.
    public var hiddenByFilter: Int
    public var focus: ConfirmButton = .cancel

    public init(subscriptions: [Subscription], hiddenByFilter: Int = 0) {
        self.subscriptions = subscriptions
        self.hiddenByFilter = hiddenByFilter
    }

    /// The exact request(s) the delete will send.
    public var requestLine: String {
        if subscriptions.count == 1 { return NP6Operation.deleteSubscription(id: subscriptions[0].id).requestLine }
        return "\(subscriptions.count) × DELETE /subscriptions/{id}, one per subscription"
    }
}

/// The `u` modal: re-create what the last delete removed.
public struct RestoreConfirmation: Sendable, Equatable {
    public var subscriptions: [Subscription]
    public var focus: ConfirmButton = .cancel

    public init(subscriptions: [Subscription]) {
        self.subscriptions = subscriptions
    }

    public var requestLine: String {
        subscriptions.count == 1 ? "PUT /subscriptions" : "\(subscriptions.count) × PUT /subscriptions"
    }
}

/// The `D` modal: confirmed only by typing the contact's unicity (or, when it was looked up by
/// hash or id, the number of subscriptions) and pressing Enter.
public struct DeleteAllConfirmation: Sendable, Equatable {
    public var contact: ContactKey
    /// What the bulk delete removes, as last fetched (journalled before it is sent).
    public var subscriptions: [Subscription]
    public var count: Int { subscriptions.count }
    /// Application names (or UUIDs) with how many subscriptions each loses.
    public var applications: [(name: String, count: Int)]
    public var field = TextField()
    /// Set after an Enter with the wrong text.
    public var mismatch = false

    public init(contact: ContactKey, subscriptions: [Subscription], applications: [(name: String, count: Int)]) {
        self.contact = contact
        self.subscriptions = subscriptions
        self.applications = applications
    }

    /// What must be typed.
    public var expectedConfirmation: String {
        if case .unicity(let unicity) = contact { return unicity }
        return String(count)
    }

    public var confirmationHint: String {
        if case .unicity = contact { return "Type the contact's unicity" }
        return "Type the number of subscriptions (\(count))"
    }

    public var requestLine: String { contact.deleteOperation.requestLine }

    public static func == (lhs: DeleteAllConfirmation, rhs: DeleteAllConfirmation) -> Bool {
        lhs.contact == rhs.contact && lhs.subscriptions == rhs.subscriptions && lhs.field == rhs.field && lhs.mismatch == rhs.mismatch
            && lhs.applications.map(\.name) == rhs.applications.map(\.name) && lhs.applications.map(\.count) == rhs.applications.map(\.count)
    }
}
