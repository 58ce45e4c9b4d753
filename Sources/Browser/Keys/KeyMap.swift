import Essentials
import Localization
import Primitives

/// Every key the browser knows, in one table, in the manner of glow's `KeyMap`: dispatch, the `?`
/// overlay, the status-line hints, the palette and docs/usage.md (checked by a test) all read it.
/// `defaults` is the table as shipped; the table in force (`active`) is the defaults with the
/// keys of the user's config (`KeyTable.customized`), set once at start for the process, and
/// scoped per task where a test renders with other keys, as `Localization` does for languages.
public enum KeyMap {
    private static let setting = ProcessSetting(KeyTable(defaults))

    /// The table in force.
    public static var active: KeyTable { setting.current }

    /// Set once, at start, before anything is drawn.
    public static func setProcessTable(_ table: KeyTable) { setting.set(table) }

    /// Runs `body` with `table` in force, for this task and the tasks it starts.
    @discardableResult
    public static func with<T>(_ table: KeyTable, _ body: () throws -> T) rethrows -> T {
        try setting.with(table, body)
    }

    /// The bindings in force.
    public static var bindings: [KeyBinding] { active.bindings }

    public static let defaults: [KeyBinding] = [
        // Anywhere, modals included.
        KeyBinding([.control("c")], .anywhere, .quit, .helpAnywhereQuit),

        // The list and the detail.
        KeyBinding(
            [.character("+")], .browse, .nextMode, .helpBrowseNextMode, hint: .modeNormal, priority: 0),
        KeyBinding([.character("_")], .browse, .previousMode, .helpBrowsePreviousMode),
        KeyBinding([.character("?")], .browse, .openHelp, .helpBrowseOpenHelp, hint: .hintHelp, priority: 0),
        KeyBinding(
            [.character("q")], .browse, .requestQuit,
            .helpBrowseRequestQuit,
            hint: .hintQuit, priority: 0),
        KeyBinding(
            [.character("o")], .browse, .openPrompt, .helpBrowseOpenPrompt, hint: .hintLookup, priority: 10),
        KeyBinding(
            [.character(":")], .browse, .openPalette, .helpBrowseOpenPalette, hint: .hintCommands, priority: 15),
        KeyBinding(
            [.character("/")], .browse, .openFilter, .helpBrowseOpenFilter, hint: .hintFilter,
            priority: 20),
        KeyBinding([.character("n")], .browse, .nextMatch, .helpBrowseNextMatch, hint: .hintNextMatch, priority: 25),
        KeyBinding([.character("N")], .browse, .previousMatch, .helpBrowsePreviousMatch),
        KeyBinding(
            [.escape], .browse, .back,
            .helpBrowseBack,
            hint: .hintCancel, priority: 1),
        KeyBinding(
            [.character("d")], .browse, .delete, .helpBrowseDelete,
            hint: .hintDelete, priority: 30, writes: true),
        KeyBinding(
            [.character("D")], .browse, .deleteAll, .helpBrowseDeleteAll,
            hint: .hintDeleteAll, priority: 46, writes: true),
        KeyBinding(
            [.character("u")], .browse, .undo, .helpBrowseUndo,
            hint: .hintUndo, priority: 35, writes: true),
        KeyBinding(
            [.character(" ")], .browse, .mark,
            .helpBrowseMark,
            hint: .hintMark, priority: 48, writes: true),
        KeyBinding(
            [.character("c"), .character("y")], .browse, .copy,
            .helpBrowseCopy,
            hint: .hintCopy, priority: 50),
        KeyBinding(
            [.character("C")], .browse, .openCopyMenu,
            .helpBrowseOpenCopyMenu,
            hint: .hintCopyMenu, priority: 72),
        KeyBinding(
            [.character("P")], .browse, .openProfilePicker,
            .helpBrowseOpenProfilePicker,
            hint: .hintProfile, priority: 74),
        KeyBinding(
            [.character("J")], .browse, .openJournal,
            .helpBrowseOpenJournal,
            hint: .hintJournal, priority: 73),
        KeyBinding(
            [.character("r"), .control("r")], .browse, .refresh,
            .helpBrowseRefresh, hint: .hintRefresh, priority: 42),
        KeyBinding(
            [.character("[")], .browse, .historyBack,
            .helpBrowseHistoryBack,
            hint: .hintBack, priority: 44),
        KeyBinding(
            [.character("]")], .browse, .historyForward, .helpBrowseHistoryForward, hint: .hintForward, priority: 52),
        KeyBinding(
            [.character("s")], .browse, .cycleSort,
            .helpBrowseCycleSort,
            hint: .hintSort, priority: 40),
        KeyBinding([.character("S")], .browse, .reverseSort, .helpBrowseReverseSort),
        KeyBinding(
            [.tab, .backTab], .browse, .toggleFocus, .helpBrowseToggleFocus,
            hint: .hintDetail, priority: 70),
        KeyBinding([.enter], .browse, .focusDetail, .helpBrowseFocusDetail),
        KeyBinding([.left, .character("h")], .browse, .focusList, .helpBrowseFocusList),
        KeyBinding([.character("j"), .down], .browse, .down, .helpBrowseDown),
        KeyBinding([.character("k"), .up], .browse, .up, .helpBrowseUp),
        KeyBinding([.pageDown, .control("f"), .control("d")], .browse, .pageDown, .helpBrowsePageDown),
        KeyBinding([.pageUp, .control("b"), .control("u")], .browse, .pageUp, .helpBrowsePageUp),
        KeyBinding([.character("g"), .home], .browse, .first, .helpBrowseFirst),
        KeyBinding([.character("G"), .end], .browse, .last, .helpBrowseLast),
        KeyBinding([.control("l")], .browse, .redraw, .helpBrowseRedraw),
        KeyBinding([.character("E")], .browse, .export, .helpBrowseExport, hint: .hintExport, priority: 76),
        KeyBinding([.character("v")], .browse, .openPager, .helpBrowseOpenPager, hint: .hintPager, priority: 77),

        // The command palette (:).
        KeyBinding([.enter], .palette, .runPaletteCommand, .helpPaletteRun, hint: .hintRun, priority: 10),
        KeyBinding([.escape], .palette, .closePalette, .helpPaletteClose, hint: .hintClose, priority: 20),
        KeyBinding([.down, .control("n")], .palette, .down, .helpPaletteDown, hint: .hintMove, priority: 30),
        KeyBinding([.up, .control("p")], .palette, .up, .helpPaletteUp),
        KeyBinding([.pageDown], .palette, .pageDown, .helpBrowsePageDown),
        KeyBinding([.pageUp], .palette, .pageUp, .helpBrowsePageUp),

        // The export prompt (E), and its question when the file exists.
        KeyBinding([.enter], .exportPrompt, .writeExport, .helpExportWrite, hint: .hintExport, priority: 10),
        KeyBinding([.escape], .exportPrompt, .closeExport, .helpExportClose, hint: .hintClose, priority: 20),
        KeyBinding(
            [.character("y"), .character("Y")], .exportOverwrite, .confirmOverwrite, .helpExportOverwrite,
            hint: .hintOverwrite, priority: 10),
        KeyBinding(
            [.escape, .character("n"), .character("N"), .enter], .exportOverwrite, .declineOverwrite,
            .helpExportKeep, hint: .hintCancel, priority: 20),

        // The detail's search (/ while the detail has focus), while it is typed.
        KeyBinding(
            [.enter], .detailSearch, .keepDetailSearch, .helpDetailSearchKeep, hint: .hintKeepFilter, priority: 10),
        KeyBinding(
            [.escape], .detailSearch, .clearDetailSearch, .helpDetailSearchClear, hint: .hintClear, priority: 20),
        KeyBinding([.down], .detailSearch, .nextMatch, .helpBrowseNextMatch, hint: .hintNextMatch, priority: 30),
        KeyBinding([.up], .detailSearch, .previousMatch, .helpBrowsePreviousMatch),

        // The filter bar (while typing a filter).
        KeyBinding(
            [.enter], .filter, .keepFilter, .helpFilterKeepFilter, hint: .hintKeepFilter,
            priority: 10
        ),
        KeyBinding([.escape], .filter, .clearFilter, .helpFilterClearFilter, hint: .hintClearFilter, priority: 20),
        KeyBinding(
            [.control("f")], .filter, .toggleFuzzy, .helpFilterToggleFuzzy,
            hint: .hintFuzzy, priority: 30),
        KeyBinding([.down], .filter, .down, .helpFilterDown, hint: .hintMove, priority: 40),
        KeyBinding([.up], .filter, .up, .helpFilterUp),
        KeyBinding([.pageDown], .filter, .pageDown, .helpBrowsePageDown),
        KeyBinding([.pageUp], .filter, .pageUp, .helpBrowsePageUp),

        // The lookup prompt.
        KeyBinding([.enter], .prompt, .fetch, .helpPromptFetch, hint: .hintFetch, priority: 10),
        KeyBinding(
            [.tab], .prompt, .nextKind, .helpPromptNextKind, hint: .hintKind,
            priority: 20),
        KeyBinding([.backTab], .prompt, .previousKind, .helpPromptPreviousKind),
        KeyBinding([.up], .prompt, .olderLookup, .helpPromptOlderLookup, hint: .hintRecent, priority: 30),
        KeyBinding([.down], .prompt, .newerLookup, .helpPromptNewerLookup),
        KeyBinding([.escape], .prompt, .closePrompt, .helpPromptClosePrompt, hint: .hintClose, priority: 40),

        // A confirmation with buttons (d, u).
        KeyBinding(
            [.character("y"), .character("Y")], .confirmation, .confirm, .helpConfirmationConfirm, hint: .hintConfirm,
            priority: 10),
        KeyBinding(
            [.escape, .character("n"), .character("N"), .character("q")], .confirmation, .cancel,
            .helpConfirmationCancel,
            hint: .hintCancel, priority: 20),
        KeyBinding([.enter], .confirmation, .pressFocused, .helpConfirmationPressFocused),
        KeyBinding(
            [.left, .right, .character("h"), .character("l")], .confirmation, .switchButton,
            .helpConfirmationSwitchButton, hint: .hintSwitchButton, priority: 30),
        KeyBinding(
            [.tab], .confirmation, .nextFocus, .helpConfirmationNextFocus, hint: .hintReason,
            priority: 35),
        KeyBinding([.backTab], .confirmation, .previousFocus, .helpConfirmationPreviousFocus),

        // A typed confirmation (D).
        KeyBinding(
            [.enter], .typedConfirmation, .submitTyped, .helpTypedConfirmationSubmitTyped,
            hint: .hintConfirm, priority: 10),
        KeyBinding([.escape], .typedConfirmation, .cancel, .helpConfirmationCancel, hint: .hintCancel, priority: 20),
        KeyBinding(
            [.tab, .backTab], .typedConfirmation, .nextFocus, .helpTypedConfirmationNextFocus,
            hint: .hintReason,
            priority: 30),
        KeyBinding(
            [.up], .typedConfirmation, .olderReason, .helpTypedConfirmationOlderReason,
            hint: .hintRecent, priority: 35),
        KeyBinding([.down], .typedConfirmation, .newerReason, .helpTypedConfirmationNewerReason),

        // The reason field of a confirmation with buttons (Tab reaches it).
        KeyBinding(
            [.enter], .reasonField, .leaveReason, .helpReasonFieldLeaveReason, hint: .hintDone,
            priority: 10),
        KeyBinding([.escape], .reasonField, .cancel, .helpReasonFieldCancel, hint: .hintCancel, priority: 20),
        KeyBinding([.up], .reasonField, .olderReason, .helpReasonFieldOlderReason, hint: .hintRecent, priority: 30),
        KeyBinding([.down], .reasonField, .newerReason, .helpReasonFieldNewerReason),
        KeyBinding([.tab], .reasonField, .nextFocus, .helpReasonFieldNextFocus),
        KeyBinding([.backTab], .reasonField, .previousFocus, .helpReasonFieldPreviousFocus),

        // The help overlay.
        KeyBinding(
            [.escape, .character("?"), .character("q"), .enter], .help, .closeHelp, .helpHelpCloseHelp,
            hint: .hintClose,
            priority: 10),
        KeyBinding([.character("j"), .down], .help, .down, .helpHelpDown, hint: .hintScroll, priority: 20),
        KeyBinding([.character("k"), .up], .help, .up, .helpHelpUp),
        KeyBinding([.pageDown, .character(" ")], .help, .pageDown, .helpBrowsePageDown),
        KeyBinding([.pageUp], .help, .pageUp, .helpBrowsePageUp),
        KeyBinding([.character("g"), .home], .help, .first, .helpHelpFirst),
        KeyBinding([.character("/")], .help, .openHelpFilter, .helpHelpOpenFilter, hint: .hintFilter, priority: 15),
        KeyBinding(
            [.enter], .helpFilter, .keepHelpFilter, .helpHelpFilterKeep, hint: .hintKeepFilter, priority: 10),
        KeyBinding([.escape], .helpFilter, .clearHelpFilter, .helpHelpFilterClear, hint: .hintClear, priority: 20),
        KeyBinding([.down], .helpFilter, .down, .helpHelpDown, hint: .hintScroll, priority: 30),
        KeyBinding([.up], .helpFilter, .up, .helpHelpUp),

        // The copy menu (C).
        KeyBinding([.enter], .copyMenu, .copyFocused, .helpCopyMenuCopyFocused, hint: .hintCopy, priority: 10),
        KeyBinding([.character("1")], .copyMenu, .copyChoice(0), .helpCopyMenuCopyChoice0),
        KeyBinding([.character("2")], .copyMenu, .copyChoice(1), .helpCopyMenuCopyChoice1),
        KeyBinding([.character("3")], .copyMenu, .copyChoice(2), .helpCopyMenuCopyChoice2),
        KeyBinding([.character("4")], .copyMenu, .copyChoice(3), .helpCopyMenuCopyChoice3),
        KeyBinding(
            [.character("5")], .copyMenu, .copyChoice(4),
            .helpCopyMenuCopyChoice4),
        KeyBinding([.character("j"), .down], .copyMenu, .down, .helpCopyMenuDown, hint: .hintMove, priority: 20),
        KeyBinding([.character("k"), .up], .copyMenu, .up, .helpCopyMenuUp),
        KeyBinding(
            [.escape, .character("q"), .character("C")], .copyMenu, .closeCopyMenu, .helpCopyMenuCloseCopyMenu,
            hint: .hintClose,
            priority: 30),
        // The profile picker (P).
        KeyBinding(
            [.enter], .profilePicker, .chooseProfile,
            .helpProfilePickerChooseProfile,
            hint: .hintSwitchProfile, priority: 10),
        KeyBinding(
            [.character("j"), .down], .profilePicker, .down, .helpProfilePickerDown, hint: .hintMove, priority: 20),
        KeyBinding([.character("k"), .up], .profilePicker, .up, .helpProfilePickerUp),
        KeyBinding(
            [.escape, .character("q"), .character("P")], .profilePicker, .closeProfilePicker,
            .helpProfilePickerCloseProfilePicker,
            hint: .hintClose, priority: 30),

        // The journal (J).
        KeyBinding(
            [.character("u")], .journal, .undoEntry, .helpJournalUndoEntry,
            hint: .hintUndo, priority: 10, writes: true),
        KeyBinding(
            [.character("/")], .journal, .openJournalFilter, .helpJournalOpenJournalFilter, hint: .hintFilter,
            priority: 20),
        KeyBinding([.character("j"), .down], .journal, .down, .helpJournalDown, hint: .hintMove, priority: 30),
        KeyBinding([.character("k"), .up], .journal, .up, .helpJournalUp),
        KeyBinding([.pageDown, .character(" "), .control("f")], .journal, .pageDown, .helpBrowsePageDown),
        KeyBinding([.pageUp, .control("b")], .journal, .pageUp, .helpBrowsePageUp),
        KeyBinding([.character("g"), .home], .journal, .first, .helpJournalFirst),
        KeyBinding([.character("G"), .end], .journal, .last, .helpJournalLast),
        KeyBinding(
            [.escape, .character("q"), .character("J")], .journal, .closeJournal,
            .helpJournalCloseJournal, hint: .hintClose, priority: 40),
        KeyBinding(
            [.enter], .journalFilter, .keepJournalFilter, .helpJournalFilterKeepJournalFilter,
            hint: .hintKeepFilter, priority: 10),
        KeyBinding(
            [.escape], .journalFilter, .clearJournalFilter, .helpFilterClearFilter, hint: .hintClear, priority: 20),
        KeyBinding([.down], .journalFilter, .down, .helpJournalFilterDown, hint: .hintMove, priority: 30),
        KeyBinding([.up], .journalFilter, .up, .helpJournalFilterUp),

        // Editing in every text field.
        KeyBinding([.backspace], .textField, .edit(.deleteBackward), .helpTextFieldEditDeleteBackward),
        KeyBinding(
            [.delete, .control("d")], .textField, .edit(.deleteForward), .helpTextFieldEditDeleteForward),
        KeyBinding([.left, .control("b")], .textField, .edit(.left), .helpTextFieldEditLeft),
        KeyBinding(
            [.right, .control("f")], .textField, .edit(.right), .helpTextFieldEditRight),
        KeyBinding([.home, .control("a")], .textField, .edit(.home), .helpTextFieldEditHome),
        KeyBinding([.end, .control("e")], .textField, .edit(.end), .helpTextFieldEditEnd),
        KeyBinding([.control("u")], .textField, .edit(.deleteToStart), .helpTextFieldEditDeleteToStart),
        KeyBinding([.control("k")], .textField, .edit(.deleteToEnd), .helpTextFieldEditDeleteToEnd),
        KeyBinding([.control("w")], .textField, .edit(.deleteWord), .helpTextFieldEditDeleteWord),
    ]

    /// The context the browser is in: what a key press is read against.
    public static func context(of state: BrowserState) -> KeyContext {
        switch state.overlay {
        case .prompt?: .prompt
        case .confirmation(let confirmation)?:
            confirmation.typed != nil ? .typedConfirmation : confirmation.reasonFocused ? .reasonField : .confirmation
        case .help(let help)?: help.filterEditing ? .helpFilter : .help
        case .palette?: .palette
        case .export(let prompt)?: prompt.existing != nil ? .exportOverwrite : .exportPrompt
        case .copyMenu?: .copyMenu
        case .profilePicker?: .profilePicker
        case .journal(let journal)?: journal.filterEditing ? .journalFilter : .journal
        case nil: state.filterEditing ? .filter : state.detailSearch.editing ? .detailSearch : .browse
        }
    }

    /// The bindings that apply in `context`, in the order a key is looked up.
    public static func bindings(in context: KeyContext) -> [KeyBinding] { active.bindings(in: context) }

    /// The first key bound to `command` (in `context`, when given), as messages name it.
    public static func label(of command: Command, in context: KeyContext? = nil) -> String {
        active.label(of: command, in: context)
    }

    /// What `key` does in `context`, if anything; the first binding wins.
    public static func command(for key: Key, in context: KeyContext) -> Command? {
        active.command(for: key, in: context)
    }
}
