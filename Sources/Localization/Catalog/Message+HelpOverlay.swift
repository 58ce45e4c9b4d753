extension Message {
    // The help overlay's sections, its frame, and the filter syntax.
    public static let contextAnywhere = Message(.contextAnywhere)
    public static let contextBrowse = Message(.contextBrowse)
    public static let contextFilter = Message(.contextFilter)
    public static let contextPrompt = Message(.contextPrompt)
    public static let contextConfirmation = Message(.contextConfirmation)
    public static let contextTypedConfirmation = Message(.contextTypedConfirmation)
    public static let contextReasonField = Message(.contextReasonField)
    public static let contextHelp = Message(.contextHelp)
    public static let contextCopyMenu = Message(.contextCopyMenu)
    public static let contextProfilePicker = Message(.contextProfilePicker)
    public static let contextJournal = Message(.contextJournal)
    public static let contextJournalFilter = Message(.contextJournalFilter)
    public static let contextPalette = Message(.contextPalette)
    public static let contextHelpFilter = Message(.contextHelpFilter)
    public static let contextDetailSearch = Message(.contextDetailSearch)
    public static let contextTextField = Message(.contextTextField)
    public static func helpTitle(help: String, close: String) -> Message {
        Message(.helpTitle, ["help": .key(help), "close": .key(close)])
    }
    public static let helpReadOnly = Message(.helpReadOnly)
    public static func helpDisabled(keys: String) -> Message {
        Message(.helpDisabled, ["keys": .text(keys)])
    }
    public static let helpFilterSyntax = Message(.helpFilterSyntax)
    public static func helpMoreKeys(down: String, up: String) -> Message {
        Message(.helpMoreKeys, ["down": .key(down), "up": .key(up)])
    }
    public static let syntaxTerms = Message(.syntaxTerms)
    public static let syntaxCase = Message(.syntaxCase)
    public static let syntaxExclude = Message(.syntaxExclude)
    public static let syntaxFuzzy = Message(.syntaxFuzzy)
    public static let syntaxPhrase = Message(.syntaxPhrase)
    /// The field names are the query language's own words, in every language.
    public static let syntaxField = Message(
        .syntaxField, ["fields": .text("provider: app: token: id: contact: user:")])
    public static let syntaxDates = Message(
        .syntaxDates,
        [
            "examples": .text(">2024-01-01  >=2024  <=2023-06  2025  never"), "modified": .text("modified:"),
            "ages": .text("<30d >1y"),
        ])

    public static let contextExportPrompt = Message(.contextExportPrompt)

    public static let contextExportOverwrite = Message(.contextExportOverwrite)
}
