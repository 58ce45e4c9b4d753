/// When a subscription was created and last modified, and by whom.
public struct Lifecycle: Sendable, Hashable {
    public var creation: LifecycleEvent?
    public var modification: LifecycleEvent?

    public init(creation: LifecycleEvent? = nil, modification: LifecycleEvent? = nil) {
        self.creation = creation
        self.modification = modification
    }

    init(json: JSONValue?) {
        self.creation = json?["creation"].flatMap(LifecycleEvent.init(json:))
        self.modification = json?["modification"].flatMap(LifecycleEvent.init(json:))
    }
}

public struct LifecycleEvent: Sendable, Hashable {
    /// The date as sent, for display when it cannot be parsed.
    public var dateText: String?
    /// The parsed date as seconds since 1970, UTC.
    public var date: ISO8601Timestamp?
    /// Nil when the server says `null`: the change was made by the system.
    public var user: LifecycleUser?

    public init(dateText: String?, user: LifecycleUser?) {
        self.dateText = dateText
        self.date = dateText.flatMap(ISO8601Timestamp.init(parsing:))
        self.user = user
    }

    init?(json: JSONValue) {
        guard let object = json.objectValue else { return nil }
        let user: LifecycleUser?
        if let userObject = object["user"]?.objectValue {
            user = LifecycleUser(id: userObject["id"]?.displayTextIfScalar, name: userObject["name"]?.stringValue)
        } else {
            user = nil
        }
        self.init(dateText: object["date"]?.stringValue, user: user)
    }
}

public struct LifecycleUser: Sendable, Hashable {
    public var id: String?
    public var name: String?
    public init(id: String?, name: String?) {
        self.id = id
        self.name = name
    }
}

extension JSONValue {
    /// A string or a number as text; nil for anything else.
    var displayTextIfScalar: String? {
        switch self {
        case .string(let text), .number(let text): return text
        default: return nil
        }
    }
}
