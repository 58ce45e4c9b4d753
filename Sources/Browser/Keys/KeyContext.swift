import Localization

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
        case .anywhere: Message.contextAnywhere.text()
        case .browse: Message.contextBrowse.text()
        case .filter: Message.contextFilter.text()
        case .prompt: Message.contextPrompt.text()
        case .confirmation: Message.contextConfirmation.text()
        case .typedConfirmation: Message.contextTypedConfirmation.text()
        case .reasonField: Message.contextReasonField.text()
        case .help: Message.contextHelp.text()
        case .copyMenu: Message.contextCopyMenu.text()
        case .profilePicker: Message.contextProfilePicker.text()
        case .journal: Message.contextJournal.text()
        case .journalFilter: Message.contextJournalFilter.text()
        case .textField: Message.contextTextField.text()
        }
    }

    /// Whether printable characters are typed into a field here.
    var takesText: Bool {
        self == .filter || self == .prompt || self == .typedConfirmation || self == .reasonField
            || self == .journalFilter
    }
}
