import Localization
import Primitives

/// Every key the browser knows, in one table, in the manner of glow's `KeyMap`: dispatch, the `?`
/// overlay, the status-line hints and docs/usage.md (checked by a test) all read it.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        // Anywhere, modals included.
        KeyBinding([.control("c")], .anywhere, .quit, "quit, even from a modal; it never confirms anything"),

        // The list and the detail.
        KeyBinding([.character("?")], .browse, .openHelp, "this help", hint: .hintHelp, priority: 0),
        KeyBinding(
            [.character("q")], .browse, .requestQuit,
            "quit (asks first while a delete is in flight: its outcome would be unknown)",
            hint: .hintQuit, priority: 0),
        KeyBinding(
            [.character("o")], .browse, .openPrompt, "look up a contact (prompt)", hint: .hintLookup, priority: 10),
        KeyBinding(
            [.character("/")], .browse, .openFilter, "filter the list (see the filter syntax)", hint: .hintFilter,
            priority: 20),
        KeyBinding(
            [.escape], .browse, .back,
            """
            cancel the request in flight; else dismiss the error band, clear the filter, clear the marks, or go \
            back to the list
            """,
            hint: .hintCancel, priority: 1),
        KeyBinding(
            [.character("d")], .browse, .delete, "delete the selected subscription, or every marked one (asks first)",
            hint: .hintDelete, priority: 30, writes: true),
        KeyBinding(
            [.character("D")], .browse, .deleteAll, "delete all of the contact's subscriptions (type to confirm)",
            hint: .hintDeleteAll, priority: 40, writes: true),
        KeyBinding(
            [.character("u")], .browse, .undo, "undo: re-create what the last delete removed (asks first)",
            hint: .hintUndo, priority: 35, writes: true),
        KeyBinding(
            [.character(" ")], .browse, .mark,
            "mark or unmark the row (Esc clears all marks); in the detail: page down",
            hint: .hintMark, priority: 45, writes: true),
        KeyBinding(
            [.character("c"), .character("y")], .browse, .copy,
            "copy the full token (or url) to the clipboard (OSC 52; inside tmux, into its buffer too)",
            hint: .hintCopy, priority: 50),
        KeyBinding(
            [.character("C")], .browse, .openCopyMenu,
            "copy menu: token, subscription id, contact, JSON as sent, a curl command",
            hint: .hintCopyMenu, priority: 72),
        KeyBinding(
            [.character("P")], .browse, .openProfilePicker,
            "switch profile: the config file's accounts and environments (never their keys)",
            hint: .hintProfile, priority: 74),
        KeyBinding(
            [.character("J")], .browse, .openJournal,
            "the journal of this profile: newest first, this contact's entries highlighted; u there undoes one",
            hint: .hintJournal, priority: 73),
        KeyBinding(
            [.character("r"), .control("r")], .browse, .refresh,
            "refresh the contact (after a failed lookup: retry it)", hint: .hintRefresh, priority: 60),
        KeyBinding(
            [.character("[")], .browse, .historyBack,
            "back to the previous contact of this session, as it was (filter, sort, selection)",
            hint: .hintBack, priority: 65),
        KeyBinding(
            [.character("]")], .browse, .historyForward, "forward again, after [", hint: .hintForward, priority: 66),
        KeyBinding(
            [.character("s")], .browse, .cycleSort,
            "sort by the next column: created, modified, provider, application, token, then as sent",
            hint: .hintSort, priority: 55),
        KeyBinding([.character("S")], .browse, .reverseSort, "reverse the sort order (▲ ascending, ▼ descending)"),
        KeyBinding(
            [.tab, .backTab], .browse, .toggleFocus, "focus the list or the detail (the detail then scrolls)",
            hint: .hintDetail, priority: 70),
        KeyBinding([.enter], .browse, .focusDetail, "focus the detail"),
        KeyBinding([.left, .character("h")], .browse, .focusList, "in the detail: back to the list"),
        KeyBinding([.character("j"), .down], .browse, .down, "next subscription, or scroll the detail down"),
        KeyBinding([.character("k"), .up], .browse, .up, "previous subscription, or scroll the detail up"),
        KeyBinding([.pageDown, .control("f"), .control("d")], .browse, .pageDown, "page down"),
        KeyBinding([.pageUp, .control("b"), .control("u")], .browse, .pageUp, "page up"),
        KeyBinding([.character("g"), .home], .browse, .first, "first row (or top of the detail)"),
        KeyBinding([.character("G"), .end], .browse, .last, "last row (or end of the detail)"),
        KeyBinding([.control("l")], .browse, .redraw, "redraw the screen"),

        // The filter bar (while typing a filter).
        KeyBinding(
            [.enter], .filter, .keepFilter, "keep the filter and go back to the list", hint: .hintKeepFilter,
            priority: 10
        ),
        KeyBinding([.escape], .filter, .clearFilter, "clear the filter", hint: .hintClearFilter, priority: 20),
        KeyBinding(
            [.control("f")], .filter, .toggleFuzzy, "make every term fuzzy (fzf style), or literal again",
            hint: .hintFuzzy, priority: 30),
        KeyBinding([.down], .filter, .down, "next row", hint: .hintMove, priority: 40),
        KeyBinding([.up], .filter, .up, "previous row"),
        KeyBinding([.pageDown], .filter, .pageDown, "page down"),
        KeyBinding([.pageUp], .filter, .pageUp, "page up"),

        // The lookup prompt.
        KeyBinding([.enter], .prompt, .fetch, "fetch the contact", hint: .hintFetch, priority: 10),
        KeyBinding(
            [.tab], .prompt, .nextKind, "next kind: unicity, hash, contact id, subscription id", hint: .hintKind,
            priority: 20),
        KeyBinding([.backTab], .prompt, .previousKind, "previous kind"),
        KeyBinding([.up], .prompt, .olderLookup, "recall an older recent lookup", hint: .hintRecent, priority: 30),
        KeyBinding([.down], .prompt, .newerLookup, "recall a newer recent lookup"),
        KeyBinding([.escape], .prompt, .closePrompt, "close the prompt", hint: .hintClose, priority: 40),

        // A confirmation with buttons (d, u).
        KeyBinding(
            [.character("y"), .character("Y")], .confirmation, .confirm, "confirm", hint: .hintConfirm, priority: 10),
        KeyBinding(
            [.escape, .character("n"), .character("N"), .character("q")], .confirmation, .cancel, "cancel",
            hint: .hintCancel, priority: 20),
        KeyBinding([.enter], .confirmation, .pressFocused, "press the focused button (Cancel when it opens)"),
        KeyBinding(
            [.left, .right, .character("h"), .character("l")], .confirmation, .switchButton,
            "move the focus between Cancel and the confirm button", hint: .hintSwitchButton, priority: 30),
        KeyBinding(
            [.tab], .confirmation, .nextFocus, "next: Cancel, the reason field, the confirm button", hint: .hintReason,
            priority: 35),
        KeyBinding([.backTab], .confirmation, .previousFocus, "previous: the confirm button, the reason field, Cancel"),

        // A typed confirmation (D).
        KeyBinding(
            [.enter], .typedConfirmation, .submitTyped, "confirm, if the typed text is the one asked for",
            hint: .hintConfirm, priority: 10),
        KeyBinding([.escape], .typedConfirmation, .cancel, "cancel", hint: .hintCancel, priority: 20),
        KeyBinding(
            [.tab, .backTab], .typedConfirmation, .nextFocus, "switch between the text to type and the reason field",
            hint: .hintReason,
            priority: 30),
        KeyBinding(
            [.up], .typedConfirmation, .olderReason, "in the reason field: recall an older recent reason",
            hint: .hintRecent, priority: 35),
        KeyBinding([.down], .typedConfirmation, .newerReason, "in the reason field: recall a newer recent reason"),

        // The reason field of a confirmation with buttons (Tab reaches it).
        KeyBinding(
            [.enter], .reasonField, .leaveReason, "keep the reason and focus the confirm button", hint: .hintDone,
            priority: 10),
        KeyBinding([.escape], .reasonField, .cancel, "cancel the confirmation", hint: .hintCancel, priority: 20),
        KeyBinding([.up], .reasonField, .olderReason, "recall an older recent reason", hint: .hintRecent, priority: 30),
        KeyBinding([.down], .reasonField, .newerReason, "recall a newer recent reason"),
        KeyBinding([.tab], .reasonField, .nextFocus, "focus the confirm button"),
        KeyBinding([.backTab], .reasonField, .previousFocus, "focus Cancel"),

        // The help overlay.
        KeyBinding(
            [.escape, .character("?"), .character("q"), .enter], .help, .closeHelp, "close the help", hint: .hintClose,
            priority: 10),
        KeyBinding([.character("j"), .down], .help, .down, "scroll down", hint: .hintScroll, priority: 20),
        KeyBinding([.character("k"), .up], .help, .up, "scroll up"),
        KeyBinding([.pageDown, .character(" ")], .help, .pageDown, "page down"),
        KeyBinding([.pageUp], .help, .pageUp, "page up"),
        KeyBinding([.character("g"), .home], .help, .first, "top"),

        // The copy menu (C).
        KeyBinding([.enter], .copyMenu, .copyFocused, "copy the focused line", hint: .hintCopy, priority: 10),
        KeyBinding([.character("1")], .copyMenu, .copyChoice(0), "copy the token (or url)"),
        KeyBinding([.character("2")], .copyMenu, .copyChoice(1), "copy the subscription id"),
        KeyBinding([.character("3")], .copyMenu, .copyChoice(2), "copy the contact's unicity (or hash, or id)"),
        KeyBinding([.character("4")], .copyMenu, .copyChoice(3), "copy the subscription's JSON as the server sent it"),
        KeyBinding(
            [.character("5")], .copyMenu, .copyChoice(4),
            "copy a curl command that repeats the GET (it reads the key as the profile does, never holds it)"),
        KeyBinding([.character("j"), .down], .copyMenu, .down, "next line", hint: .hintMove, priority: 20),
        KeyBinding([.character("k"), .up], .copyMenu, .up, "previous line"),
        KeyBinding(
            [.escape, .character("q"), .character("C")], .copyMenu, .closeCopyMenu, "close the menu", hint: .hintClose,
            priority: 30),
        // The profile picker (P).
        KeyBinding(
            [.enter], .profilePicker, .chooseProfile,
            "switch to the focused profile (reads its key; marks, undo and history go)",
            hint: .hintSwitchProfile, priority: 10),
        KeyBinding([.character("j"), .down], .profilePicker, .down, "next profile", hint: .hintMove, priority: 20),
        KeyBinding([.character("k"), .up], .profilePicker, .up, "previous profile"),
        KeyBinding(
            [.escape, .character("q"), .character("P")], .profilePicker, .closeProfilePicker, "close the picker",
            hint: .hintClose, priority: 30),

        // The journal (J).
        KeyBinding(
            [.character("u")], .journal, .undoEntry, "re-create what the focused entry deleted (asks first)",
            hint: .hintUndo, priority: 10, writes: true),
        KeyBinding(
            [.character("/")], .journal, .openJournalFilter, "filter the entries", hint: .hintFilter, priority: 20),
        KeyBinding([.character("j"), .down], .journal, .down, "next entry (older)", hint: .hintMove, priority: 30),
        KeyBinding([.character("k"), .up], .journal, .up, "previous entry (newer)"),
        KeyBinding([.pageDown, .character(" "), .control("f")], .journal, .pageDown, "page down"),
        KeyBinding([.pageUp, .control("b")], .journal, .pageUp, "page up"),
        KeyBinding([.character("g"), .home], .journal, .first, "newest entry"),
        KeyBinding([.character("G"), .end], .journal, .last, "oldest entry"),
        KeyBinding(
            [.escape, .character("q"), .character("J")], .journal, .closeJournal,
            "clear the filter, else close the journal", hint: .hintClose, priority: 40),
        KeyBinding(
            [.enter], .journalFilter, .keepJournalFilter, "keep the filter and go back to the entries",
            hint: .hintKeepFilter, priority: 10),
        KeyBinding([.escape], .journalFilter, .clearJournalFilter, "clear the filter", hint: .hintClear, priority: 20),
        KeyBinding([.down], .journalFilter, .down, "next entry", hint: .hintMove, priority: 30),
        KeyBinding([.up], .journalFilter, .up, "previous entry"),

        // Editing in every text field.
        KeyBinding([.backspace], .textField, .edit(.deleteBackward), "delete the character before the cursor"),
        KeyBinding(
            [.delete, .control("d")], .textField, .edit(.deleteForward), "delete the character under the cursor"),
        KeyBinding([.left, .control("b")], .textField, .edit(.left), "cursor left"),
        KeyBinding(
            [.right, .control("f")], .textField, .edit(.right), "cursor right (in the filter bar Ctrl-F is fuzzy)"),
        KeyBinding([.home, .control("a")], .textField, .edit(.home), "cursor to the start"),
        KeyBinding([.end, .control("e")], .textField, .edit(.end), "cursor to the end"),
        KeyBinding([.control("u")], .textField, .edit(.deleteToStart), "delete to the start"),
        KeyBinding([.control("k")], .textField, .edit(.deleteToEnd), "delete to the end"),
        KeyBinding([.control("w")], .textField, .edit(.deleteWord), "delete the word before the cursor"),
    ]

    /// The context the browser is in: what a key press is read against.
    public static func context(of state: BrowserState) -> KeyContext {
        switch state.overlay {
        case .prompt?: .prompt
        case .confirmation(let confirmation)?:
            confirmation.typed != nil ? .typedConfirmation : confirmation.reasonFocused ? .reasonField : .confirmation
        case .help?: .help
        case .copyMenu?: .copyMenu
        case .profilePicker?: .profilePicker
        case .journal(let journal)?: journal.filterEditing ? .journalFilter : .journal
        case nil: state.filterEditing ? .filter : .browse
        }
    }

    /// The bindings that apply in `context`, in the order a key is looked up: the ones that work
    /// anywhere, the context's own, then the text-field keys where text is typed.
    public static func bindings(in context: KeyContext) -> [KeyBinding] {
        let own = bindings.filter { $0.context == context }
        let anywhere = context == .anywhere ? [] : bindings.filter { $0.context == .anywhere }
        let editing = context.takesText ? bindings.filter { $0.context == .textField } : []
        return anywhere + own + editing
    }

    /// The first key bound to `command` (in `context`, when given), as messages name it: a text
    /// that says "press r" takes the key from here, so it names the key the map really binds.
    public static func label(of command: Command, in context: KeyContext? = nil) -> String {
        let binding = bindings.first { $0.command == command && (context == nil || $0.context == context) }
        return binding?.keys.first?.label ?? ""
    }

    /// What `key` does in `context`, if anything; the first binding wins.
    public static func command(for key: Key, in context: KeyContext) -> Command? {
        lookup[context]?[key]
    }

    private static let lookup: [KeyContext: [Key: Command]] = {
        var table: [KeyContext: [Key: Command]] = [:]
        for context in KeyContext.allCases {
            var commands: [Key: Command] = [:]
            for binding in bindings(in: context) {
                for key in binding.keys where commands[key] == nil { commands[key] = binding.command }
            }
            table[context] = commands
        }
        return table
    }()
}
