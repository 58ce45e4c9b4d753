/// What a key asks for. The key map binds keys to commands; `BrowserReducer.perform` carries
/// them out and `availability(in:hint:)` says whether one does anything right now: both switch
/// over every case, so a new command needs both before it compiles.
public enum Command: Sendable, Hashable {
    case quit
    /// `q`: quit, but ask first while a write is in flight.
    case requestQuit
    // Browsing
    case openHelp, openPrompt, openFilter
    /// Esc in the list: cancel the request, else dismiss the error band, else clear the filter,
    /// else the marks, else go back to the list.
    case back
    case toggleFocus, focusDetail, focusList
    case refresh, delete, deleteAll, undo, mark, copy, redraw
    case cycleSort, reverseSort, historyBack, historyForward, openCopyMenu
    case down, up, pageDown, pageUp, first, last
    // Filter bar
    case keepFilter, clearFilter, toggleFuzzy
    // Lookup prompt
    case fetch, nextKind, previousKind, olderLookup, newerLookup, closePrompt
    // Confirmations
    case confirm, cancel, switchButton, pressFocused, submitTyped, nextFocus, previousFocus, leaveReason
    /// ↑/↓ in a reason field: the recent reasons, chosen on purpose (never filled in for another contact).
    case olderReason, newerReason
    // Help
    case closeHelp
    // Copy menu: the choice at that position, or the focused one
    case copyChoice(Int)
    case copyFocused, closeCopyMenu
    // Profiles
    case openProfilePicker, chooseProfile, closeProfilePicker
    // The journal
    case openJournal, closeJournal, undoEntry, openJournalFilter, keepJournalFilter, clearJournalFilter
    // Text fields
    case edit(TextEdit)
}
