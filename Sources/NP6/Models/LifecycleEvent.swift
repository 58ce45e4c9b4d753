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
