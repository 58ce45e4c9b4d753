/// Every entry of the catalog, by a stable name. Each language's table gives each one a text
/// (a test checks that, and that the placeholders agree); `Catalog/` gives each a typed Swift
/// constructor on `Message`.
public enum MessageID: String, CaseIterable, Sendable, Hashable {
    // Counts.
    case subscriptionCount = "count.subscriptions"
    case contactCount = "count.contacts"

    // The language and why it was chosen (doctor).
    case languageLabel = "language.label"
    case languageFromSetting = "language.from-setting"
    case languageFromVariable = "language.from-variable"
    case languageFromPlainLocale = "language.plain-locale"
    case languageWithoutLocale = "language.no-locale"
    case languageUnknown = "language.unknown"
    case languageSettingInvalid = "language.setting-invalid"

    // The status line's words for the keys.
    case hintBack = "hint.back"
    case hintCancel = "hint.cancel"
    case hintClearFilter = "hint.clear-filter"
    case hintClear = "hint.clear"
    case hintClose = "hint.close"
    case hintConfirm = "hint.confirm"
    case hintCopy = "hint.copy"
    case hintCopyMenu = "hint.copy-menu"
    case hintDeleteAll = "hint.delete-all"
    case hintDelete = "hint.delete"
    case hintDetail = "hint.detail"
    case hintDone = "hint.done"
    case hintFetch = "hint.fetch"
    case hintFilter = "hint.filter"
    case hintForward = "hint.forward"
    case hintFuzzy = "hint.fuzzy"
    case hintHelp = "hint.help"
    case hintJournal = "hint.journal"
    case hintKeepFilter = "hint.keep-filter"
    case hintKind = "hint.kind"
    case hintLookup = "hint.lookup"
    case hintMark = "hint.mark"
    case hintMove = "hint.move"
    case hintProfile = "hint.profile"
    case hintQuit = "hint.quit"
    case hintReason = "hint.reason"
    case hintRecent = "hint.recent"
    case hintRefresh = "hint.refresh"
    case hintScroll = "hint.scroll"
    case hintSort = "hint.sort"
    case hintSwitchButton = "hint.switch-button"
    case hintSwitchProfile = "hint.switch-profile"
    case hintUndo = "hint.undo"
}
