import Essentials
import Formatting
import Localization
import NP6
import Primitives
import Search

extension BrowserReducer {
    /// A key is read against the key map in the current context; what it asks for is performed.
    /// Printable characters that no binding takes are typed into the open text field, if any.
    static func handleKey(_ state: inout BrowserState, _ key: Key) -> [Effect] {
        let context = KeyMap.context(of: state)
        if let command = KeyMap.command(for: key, in: context) {
            // A flash is about the last action: the next one takes it away (it may set its own).
            state.flash = nil
            return perform(command, &state)
        }
        if context.takesText, case .character(let character) = key { return editField(&state) { $0.insert(character) } }
        // In the list, a key that means nothing says where the keys are, instead of nothing at all
        // (in a modal every key is the modal's, and a flash would hide behind it).
        if context == .browse {
            state.flash = Flash(
                Message.flashUnknownKey(
                    key: key.label, palette: KeyMap.label(of: .openPalette), help: KeyMap.label(of: .openHelp)
                ).text(), kind: .info, now: state.now)
        }
        return []
    }

    static func quit(_ state: inout BrowserState) -> [Effect] {
        var effects: [Effect] = []
        if let pending = state.pending { effects.append(.cancel(generation: pending.generation)) }
        effects.append(.quit)
        return effects
    }

    /// Applies an edit to whichever text field is open (prompt, filter, typed confirmation).
    static func editField(_ state: inout BrowserState, _ edit: (inout TextField) -> Void) -> [Effect] {
        switch state.overlay {
        case .prompt(var prompt)?:
            let before = prompt.field.text
            edit(&prompt.field)
            if prompt.field.text != before { prompt.textChanged() }
            state.overlay = .prompt(prompt)
        case .confirmation(var confirmation)?:
            if confirmation.reasonFocused {
                edit(&confirmation.reason)
                confirmation.reasonHistoryIndex = nil
            } else if case .typed(var typed) = confirmation.answer {
                let before = typed.field
                edit(&typed.field)
                if typed.field != before { typed.mismatch = false }
                confirmation.answer = .typed(typed)
            }
            state.overlay = .confirmation(confirmation)
        case .journal(var journal)?:
            guard journal.filterEditing else { return [] }
            edit(&journal.filterField)
            journal.refilter()
            journal.keepFocusVisible(page: JournalLayout(size: state.size).tableRows)
            state.overlay = .journal(journal)
        case .palette(var palette)?:
            let before = palette.field.text
            edit(&palette.field)
            if palette.field.text != before { palette.focus = 0 }
            state.overlay = .palette(palette)
        case .export(var prompt)?:
            guard prompt.existing == nil else { return [] }
            edit(&prompt.field)
            prompt.problem = nil
            state.overlay = .export(prompt)
        case .help(var help)?:
            guard help.filterEditing else { return [] }
            edit(&help.filterField)
            help.scroll = 0
            state.overlay = .help(help)
        case .copyMenu?, .profilePicker?:
            break
        case nil:
            if state.detailSearch.editing {
                edit(&state.detailSearch.field)
                state.detailSearch.current = 0
                showCurrentMatch(&state)
                return []
            }
            guard state.filterEditing else { return [] }
            var field = state.filterField
            edit(&field)
            guard field != state.filterField else { return [] }
            state.filterField = field
            return state.setFilter(field.text)
        }
        return []
    }

    // MARK: Browsing

    /// `q`: quit, but ask first while a write is in flight (its outcome would be unknown).
    static func requestQuit(_ state: inout BrowserState) -> [Effect] {
        guard let pending = state.pending, !pending.isLookup else { return quit(&state) }
        state.overlay = .confirmation(Confirmation(.quit(activity: pending.activity)))
        return []
    }

    /// `+` and `_`: the next or previous way of sharing the screen; the selection stays in view.
    static func cycleMode(forward: Bool, _ state: inout BrowserState) {
        state.screenMode = state.screenMode.cycled(forward: forward)
        state.keepSelectionVisible()
        clampDetailScroll(&state)
        state.flash = Flash(Message.flashScreenMode(mode: state.screenMode.title).text(), kind: .info, now: state.now)
    }

    static func reverseSort(_ state: inout BrowserState) -> [Effect] {
        var order = state.sort ?? SortOrder(SortKey.allCases[0])
        order.descending.toggle()
        return sort(&state, order)
    }

    /// A movement key, read where it was pressed: the list or the detail, the help, a menu.
    static func move(_ movement: Movement, _ state: inout BrowserState) {
        switch KeyMap.context(of: state) {
        case .browse, .anywhere, .textField:
            if state.focus == .detail { scrollDetail(&state, movement) } else { moveSelection(&state, movement) }
        case .filter: moveSelection(&state, movement)
        case .help, .helpFilter: scrollHelp(&state, movement)
        case .palette: movePaletteFocus(&state, movement)
        case .copyMenu: moveCopyMenuFocus(&state, movement)
        case .profilePicker: moveProfilePickerFocus(&state, movement)
        case .journal, .journalFilter: moveJournalFocus(&state, movement)
        // No movement key is bound there (the prompt's ↑/↓ walk the recent lookups).
        case .prompt, .confirmation, .typedConfirmation, .reasonField, .detailSearch, .exportPrompt, .exportOverwrite:
            break
        }
    }

    static func sort(_ state: inout BrowserState, _ order: SortOrder?) -> [Effect] {
        let effects = state.setSort(order)
        let message =
            order.map {
                Message.flashSorted(key: $0.key.name, arrow: $0.arrow, direction: sortDirectionWords($0)).text()
            } ?? Message.flashServerOrder.text()
        state.flash = Flash(message, kind: .info, now: state.now)
        return effects
    }

    static func sortDirectionWords(_ order: SortOrder) -> String {
        switch order.key {
        case .created, .modified: return (order.descending ? Message.sortNewestFirst : .sortOldestFirst).text()
        case .provider, .application, .token: return (order.descending ? Message.sortZToA : .sortAToZ).text()
        }
    }

    /// Esc in the list: the most recent thing that can be undone without harm goes first.
    static func back(_ state: inout BrowserState) -> [Effect] {
        // A stale error band goes first: Esc pressed to read past it must not cancel anything.
        if state.banner != nil {
            state.banner = nil
        } else if state.pending != nil {
            return cancelPendingLookup(&state)
        } else if !state.filter.isEmpty {
            state.filterField = TextField()
            return state.setFilter("")
        } else if !state.marked.isEmpty {
            state.marked = []
            state.flash = Flash(Message.flashMarksCleared.text(), kind: .info, now: state.now)
        } else if state.focus == .detail {
            state.focus = .list
        }
        return []
    }

    static func moveSelection(_ state: inout BrowserState, _ movement: Movement) {
        let page = max(1, ScreenLayout(size: state.size, state: state).listDataRows)
        let last = max(0, state.visible.count - 1)
        let before = state.selection
        switch movement {
        case .down: state.selection = min(last, state.selection + 1)
        case .up: state.selection = max(0, state.selection - 1)
        case .pageDown: state.selection = min(last, state.selection + page)
        case .pageUp: state.selection = max(0, state.selection - page)
        case .first: state.selection = 0
        case .last: state.selection = last
        }
        if state.selection != before { state.detailScroll = 0 }
        state.keepSelectionVisible()
    }

    static func scrollDetail(_ state: inout BrowserState, _ movement: Movement) {
        let layout = ScreenLayout(size: state.size, state: state)
        let page = max(1, layout.detailTextRows)
        switch movement {
        case .down: state.detailScroll += 1
        case .up: state.detailScroll -= 1
        case .pageDown: state.detailScroll += page
        case .pageUp: state.detailScroll -= page
        case .first: state.detailScroll = 0
        case .last: state.detailScroll = Int.max
        }
        clampDetailScroll(&state)
    }

    /// Keeps the detail's scroll within its text at the present layout.
    static func clampDetailScroll(_ state: inout BrowserState) {
        let layout = ScreenLayout(size: state.size, state: state)
        let maximum = max(0, detailLineCount(state, layout: layout) - max(1, layout.detailTextRows))
        state.detailScroll = max(0, min(state.detailScroll, maximum))
    }

    static func detailLineCount(_ state: BrowserState, layout: ScreenLayout) -> Int {
        guard let subscription = state.selectedSubscription else { return 0 }
        // Ask for the widest layout the detail could have if it is hidden right now.
        let width = layout.detail != nil ? layout.detailTextWidth : max(0, state.size.columns - 4)
        return state.detail(of: subscription, width: width).lines.count
    }

    // MARK: Filter bar

    static func clearFilter(_ state: inout BrowserState) -> [Effect] {
        state.filterEditing = false
        state.filterField = TextField()
        return state.setFilter("")
    }

    // MARK: Lookup prompt

    /// Enter in the prompt: look the typed value up.
    static func fetch(_ state: inout BrowserState) -> [Effect] {
        guard case .prompt(let prompt)? = state.overlay else { return [] }
        let value = prompt.field.text.trimmingWhitespace()
        guard !value.isEmpty else { return [] }
        state.overlay = nil
        return startLookup(&state, LookupTarget(kind: prompt.kind, value: value))
    }

    /// Tab and Shift-Tab in the prompt: the next or previous kind of lookup.
    static func changeKind(by step: Int, _ state: inout BrowserState) {
        guard case .prompt(var prompt)? = state.overlay else { return }
        let kinds = LookupKind.allCases
        prompt.kind = kinds[((kinds.firstIndex(of: prompt.kind) ?? 0) + step + kinds.count) % kinds.count]
        prompt.kindSource = .chosen
        state.overlay = .prompt(prompt)
    }

    static func recallLookup(older: Bool, _ state: inout BrowserState) {
        guard case .prompt(var prompt)? = state.overlay else { return }
        recall(older: older, from: state.recentLookups, into: &prompt)
        state.overlay = .prompt(prompt)
    }

    /// ↑/↓ in the prompt: walk the recent lookups; past the newest, an empty field.
    static func recall(older: Bool, from recent: [RecentLookup], into prompt: inout LookupPrompt) {
        guard !recent.isEmpty else { return }
        let index: Int?
        if older {
            index = min((prompt.historyIndex ?? -1) + 1, recent.count - 1)
        } else {
            index = (prompt.historyIndex ?? 0) - 1 < 0 ? nil : (prompt.historyIndex ?? 0) - 1
        }
        prompt.historyIndex = index
        if let index {
            prompt.kind = recent[index].kind
            prompt.kindSource = .recalled
            prompt.field = TextField(text: recent[index].value)
        } else {
            prompt.field = TextField()
            prompt.kindSource = .guessed
            prompt.kind = LookupKind.guess("")
        }
    }

    /// ↑/↓ in a reason field: walk the recent reasons; past the newest, the reason it opened with
    /// is gone and the field is empty.
    static func recallReason(older: Bool, _ state: inout BrowserState) {
        guard case .confirmation(var confirmation)? = state.overlay, confirmation.reasonFocused else { return }
        let recent = state.reasons.recent
        guard !recent.isEmpty else { return }
        let current = confirmation.reasonHistoryIndex ?? -1
        let next = older ? min(current + 1, recent.count - 1) : current - 1
        let index = next < 0 ? nil : next
        confirmation.reasonHistoryIndex = index
        confirmation.reason = TextField(text: index.map { recent[$0] } ?? "")
        state.overlay = .confirmation(confirmation)
    }

    // MARK: Confirmations (they take every key)

    /// `y`/Enter on the buttons: the focused button, or confirm.
    static func pressConfirmation(_ state: inout BrowserState, focused: Bool) -> [Effect] {
        guard case .confirmation(let confirmation)? = state.overlay else { return [] }
        switch confirmation.answer {
        case .button(let focus):
            return !focused || focus == .confirm ? confirm(&state, confirmation) : cancelConfirmation(&state)
        case .typed: return []
        }
    }

    static func cancelConfirmation(_ state: inout BrowserState) -> [Effect] {
        guard case .confirmation(let confirmation)? = state.overlay else { return [] }
        state.overlay = nil
        if case .restoreEntry(let restore) = confirmation.subject {
            // Back where `u` was pressed.
            state.overlay = .journal(restore.journal)
            state.flash = Flash(confirmation.subject.cancelledMessage, kind: .info, now: state.now)
            return []
        }
        state.flash = Flash(confirmation.subject.cancelledMessage, kind: .info, now: state.now)
        return []
    }

    static func switchButton(_ state: inout BrowserState) {
        guard case .confirmation(var confirmation)? = state.overlay else { return }
        switch confirmation.answer {
        case .button(let focus): confirmation.answer = .button(focus: focus.other)
        case .typed: return
        }
        state.overlay = .confirmation(confirmation)
    }

    /// Tab and Shift-Tab: the ring Cancel, the reason field, the confirm button; with a typed
    /// answer, between the answer and the reason.
    static func moveConfirmationFocus(_ state: inout BrowserState, forward: Bool) {
        guard case .confirmation(var confirmation)? = state.overlay else { return }
        switch confirmation.answer {
        case .button(let focus):
            if confirmation.reasonFocused {
                confirmation.reasonFocused = false
                confirmation.answer = .button(focus: forward ? .confirm : .cancel)
            } else if (focus == .cancel) == forward, confirmation.subject.takesReason {
                confirmation.reasonFocused = true
            } else {
                confirmation.answer = .button(focus: focus.other)
            }
        case .typed:
            confirmation.reasonFocused.toggle()
        }
        state.overlay = .confirmation(confirmation)
    }

    /// Enter in the reason field of a button confirmation: to the confirm button.
    static func leaveReason(_ state: inout BrowserState) {
        guard case .confirmation(var confirmation)? = state.overlay else { return }
        switch confirmation.answer {
        case .button:
            confirmation.reasonFocused = false
            confirmation.answer = .button(focus: .confirm)
        case .typed: return
        }
        state.overlay = .confirmation(confirmation)
    }

    /// Enter on a typed answer: it confirms only when it is exactly what was asked for.
    static func submitTyped(_ state: inout BrowserState) -> [Effect] {
        guard case .confirmation(var confirmation)? = state.overlay else { return [] }
        switch confirmation.answer {
        case .typed(var typed):
            if typed.field.text == typed.expected { return confirm(&state, confirmation) }
            typed.mismatch = true
            confirmation.answer = .typed(typed)
            state.overlay = .confirmation(confirmation)
        case .button: break
        }
        return []
    }

    // MARK: Help

    static func scrollHelp(_ state: inout BrowserState, _ movement: Movement) {
        changeHelp(&state) { help in
            switch movement {
            case .down: help.scroll += 1
            case .up: help.scroll = max(0, help.scroll - 1)
            case .pageDown: help.scroll += 10
            case .pageUp: help.scroll = max(0, help.scroll - 10)
            case .first: help.scroll = 0
            // Not bound in the help.
            case .last: break
            }
        }
    }

    /// Changes the open help overlay, if it is open.
    static func changeHelp(_ state: inout BrowserState, _ change: (inout HelpOverlay) -> Void) {
        guard case .help(var help)? = state.overlay else { return }
        change(&help)
        state.overlay = .help(help)
    }

    // MARK: Mouse

    static func handleMouse(_ state: inout BrowserState, _ event: MouseEvent) -> [Effect] {
        if case .journal? = state.overlay {
            // The wheel walks the journal's entries; a click there does nothing.
            switch event {
            case .wheelUp: for _ in 0..<3 { moveJournalFocus(&state, .up) }
            case .wheelDown: for _ in 0..<3 { moveJournalFocus(&state, .down) }
            case .click: break
            }
            return []
        }
        guard state.overlay == nil else { return [] }
        let layout = ScreenLayout(size: state.size, state: state)
        switch event {
        case .click(let row, let column):
            if layout.list.contains(row: row, column: column), row >= layout.listDataTop {
                let position = state.listScroll + (row - layout.listDataTop)
                if position < state.visible.count {
                    if position != state.selection { state.detailScroll = 0 }
                    state.selection = position
                    state.focus = .list
                    state.keepSelectionVisible()
                }
            } else if let detail = layout.detail, detail.contains(row: row, column: column) {
                state.focus = .detail
            }
        case .wheelUp(let row, let column), .wheelDown(let row, let column):
            let movement: Movement
            if case .wheelDown = event { movement = .down } else { movement = .up }
            if let detail = layout.detail, detail.contains(row: row, column: column) {
                for _ in 0..<3 { scrollDetail(&state, movement) }
            } else {
                for _ in 0..<3 { moveSelection(&state, movement) }
            }
        }
        return []
    }
}
