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
    /// The command palette (`:`), whose field takes what is typed.
    case palette
    /// The help's filter while it is typed (`/` in `?`).
    case helpFilter
    /// The detail's search while it is typed (`/` while the detail has focus).
    case detailSearch
    /// The export prompt (`E`), and its question when the file exists.
    case exportPrompt
    case exportOverwrite
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
        case .palette: Message.contextPalette.text()
        case .helpFilter: Message.contextHelpFilter.text()
        case .detailSearch: Message.contextDetailSearch.text()
        case .exportPrompt: Message.contextExportPrompt.text()
        case .exportOverwrite: Message.contextExportOverwrite.text()
        }
    }

    /// What names a binding of this context in a config's `keys:` and in docs/usage.md, before a
    /// dot (`help.close`); nil for the list and the detail, whose names stand alone.
    public var namePrefix: String? {
        switch self {
        case .anywhere, .browse: nil
        case .filter: "filter"
        case .prompt: "lookup"
        case .confirmation: "confirmation"
        case .typedConfirmation: "typed-confirmation"
        case .reasonField: "reason"
        case .help: "help"
        case .copyMenu: "copy-menu"
        case .profilePicker: "profiles"
        case .journal: "journal"
        case .journalFilter: "journal-filter"
        case .textField: "text"
        case .palette: "palette"
        case .helpFilter: "help-filter"
        case .detailSearch: "detail-search"
        case .exportPrompt: "export"
        case .exportOverwrite: "export-overwrite"
        }
    }

    /// Whether printable characters are typed into a field here.
    var takesText: Bool {
        self == .filter || self == .prompt || self == .typedConfirmation || self == .reasonField
            || self == .journalFilter || self == .palette || self == .helpFilter || self == .detailSearch
            || self == .exportPrompt
    }
}
