/// Where a key binding works. The browser is in exactly one context at a time
/// (`KeyMap.context(of:)`); `anywhere` and `textField` bindings join the others.
public enum KeyContext: Sendable, Hashable, CaseIterable {
    /// Every context, modals included.
    case anywhere
    /// The list and the detail, with no overlay open.
    case browse
    case filter
    case prompt
    case confirmation
    case typedConfirmation
    /// The reason field of a confirmation with buttons.
    case reasonField
    case help
    case copyMenu
    case profilePicker
    /// The journal (`J`), and its filter while one is typed.
    case journal
    case journalFilter
    /// Editing keys of every text field: the prompt, the filter and a typed confirmation.
    case textField

    /// How the help and docs/usage.md name it.
    public var title: String {
        switch self {
        case .anywhere: "anywhere"
        case .browse: "list and detail"
        case .filter: "filter bar"
        case .prompt: "lookup prompt"
        case .confirmation: "confirmation"
        case .typedConfirmation: "typed confirmation"
        case .reasonField: "reason field"
        case .help: "help"
        case .copyMenu: "copy menu"
        case .profilePicker: "profile picker"
        case .journal: "journal"
        case .journalFilter: "journal filter"
        case .textField: "text fields"
        }
    }

    /// Whether printable characters are typed into a field here.
    var takesText: Bool {
        self == .filter || self == .prompt || self == .typedConfirmation || self == .reasonField
            || self == .journalFilter
    }
}
