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
    /// `+` and `_`: the next or previous screen mode.
    case nextMode, previousMode
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
    // The command palette (`:`): Enter runs the focused command.
    case openPalette, runPaletteCommand, closePalette
    /// `E`: the rows in view to a file; `v`: the selected subscription's JSON in `$PAGER`.
    case export, openPager
    /// In the export prompt: write, close; when the file exists: replace it, or not.
    case writeExport, closeExport, confirmOverwrite, declineOverwrite
    /// `n`, `N`: the next or previous match of the detail's search (`/` while the detail has focus).
    case nextMatch, previousMatch
    case keepDetailSearch, clearDetailSearch
    // The help's filter (`/` in `?`).
    case openHelpFilter, keepHelpFilter, clearHelpFilter
    // Text fields
    case edit(TextEdit)
}
