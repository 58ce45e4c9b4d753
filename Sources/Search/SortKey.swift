import Localization

/// What the list can be sorted by (`s` cycles through them in this order).
public enum SortKey: String, Sendable, CaseIterable {
    case created, modified, provider, application, token

    /// How a flash names it, in the program's language ("Sorted by modified").
    public var name: String {
        switch self {
        case .created: Message.sortKeyCreated.text()
        case .modified: Message.sortKeyModified.text()
        case .provider: Message.sortKeyProvider.text()
        case .application: Message.sortKeyApplication.text()
        case .token: Message.sortKeyToken.text()
        }
    }
}
