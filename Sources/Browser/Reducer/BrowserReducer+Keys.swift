import Essentials
import Formatting
import NP6

extension BrowserReducer {
    static func handleKey(_ state: inout BrowserState, _ key: Key) -> [Effect] {
        // Ctrl-C always quits, whatever is open: it can never confirm anything.
        if key == .control("c") { return quit(&state) }
        switch state.overlay {
        case .prompt(let prompt)?: return promptKey(&state, prompt, key)
        case .confirmDelete(let confirmation)?: return confirmDeleteKey(&state, confirmation, key)
        case .confirmDeleteAll(let confirmation)?: return confirmDeleteAllKey(&state, confirmation, key)
        case .help(let scroll)?: return helpKey(&state, scroll: scroll, key)
        case .confirmRestore(let confirmation)?: return confirmRestoreKey(&state, confirmation, key)
        case nil: break
        }
        if state.filterEditing { return filterKey(&state, key) }
        return browseKey(&state, key)
    }

    static func quit(_ state: inout BrowserState) -> [Effect] {
        var effects: [Effect] = []
        if let pending = state.pending { effects.append(.cancel(generation: pending.generation)) }
        effects.append(.quit)
        return effects
    }

    // MARK: Browsing

    static func browseKey(_ state: inout BrowserState, _ key: Key) -> [Effect] {
        switch key {
        case .character("q"): return quit(&state)
        case .character("?"):
            state.overlay = .help(scroll: 0)
        case .character("o"):
            state.overlay = .prompt(LookupPrompt(kind: state.recentLookups.first?.kind ?? .unicity))
        case .character("/"):
            state.filterEditing = true
        case .escape:
            if state.pending != nil { return cancelPendingLookup(&state) }
            if state.banner != nil {
                state.banner = nil
            } else if !state.filter.isEmpty {
                state.filterField = TextField()
                return state.setFilter("")
            } else if !state.marked.isEmpty {
                state.marked = []
                state.flash = Flash("Marks cleared", kind: .info, now: state.now)
            } else if state.focus == .detail {
                state.focus = .list
            }
        case .tab, .backTab:
            state.focus = state.focus == .list ? .detail : .list
        case .enter:
            if state.selectedSubscription != nil { state.focus = .detail }
        case .character("r"), .control("r"):
            return refresh(&state)
        case .character("d"):
            return requestDelete(&state)
        case .character("D"):
            return requestDeleteAll(&state)
        case .character("u"):
            return requestUndo(&state)
        case .character(" "):
            if state.focus == .list { toggleMark(&state) } else { scrollDetail(&state, key) }
        case .character("c"), .character("y"):
            return copySelected(&state)
        case .control("l"):
            break  // the controller redraws everything after every action
        default:
            if state.focus == .detail { scrollDetail(&state, key) } else { moveSelection(&state, key) }
        }
        return []
    }

    static func moveSelection(_ state: inout BrowserState, _ key: Key) {
        let page = max(1, ScreenLayout(size: state.size, state: state).listDataRows)
        let last = max(0, state.visible.count - 1)
        let before = state.selection
        switch key {
        case .character("j"), .down: state.selection = min(last, state.selection + 1)
        case .character("k"), .up: state.selection = max(0, state.selection - 1)
        case .pageDown, .control("f"), .control("d"): state.selection = min(last, state.selection + page)
        case .pageUp, .control("b"), .control("u"): state.selection = max(0, state.selection - page)
        case .character("g"), .home: state.selection = 0
        case .character("G"), .end: state.selection = last
        default: return
        }
        if state.selection != before { state.detailScroll = 0 }
        state.keepSelectionVisible()
    }

    static func scrollDetail(_ state: inout BrowserState, _ key: Key) {
        let layout = ScreenLayout(size: state.size, state: state)
        let page = max(1, layout.detailTextRows)
        let maximum = max(0, detailLineCount(state, layout: layout) - page)
        switch key {
        case .character("j"), .down: state.detailScroll += 1
        case .character("k"), .up: state.detailScroll -= 1
        case .pageDown, .control("f"), .control("d"), .character(" "): state.detailScroll += page
        case .pageUp, .control("b"), .control("u"): state.detailScroll -= page
        case .character("g"), .home: state.detailScroll = 0
        case .character("G"), .end: state.detailScroll = maximum
        case .left, .character("h"): state.focus = .list
        default: return
        }
        state.detailScroll = max(0, min(state.detailScroll, maximum))
    }

    static func detailLineCount(_ state: BrowserState, layout: ScreenLayout) -> Int {
        guard let subscription = state.selectedSubscription else { return 0 }
        // Ask for the widest layout the detail could have if it is hidden right now.
        let width = layout.detail != nil ? layout.detailTextWidth : max(0, state.size.columns - 4)
        return DetailDocument(subscription: subscription, context: state.detailContext, width: width).lines.count
    }

    // MARK: Filter bar

    static func filterKey(_ state: inout BrowserState, _ key: Key) -> [Effect] {
        switch key {
        case .escape:
            state.filterEditing = false
            state.filterField = TextField()
            return state.setFilter("")
        case .enter:
            state.filterEditing = false
        case .up, .down, .pageUp, .pageDown:
            moveSelection(&state, key)
        case .control("f"):
            return state.toggleFuzzyFilter()
        default:
            var field = state.filterField
            if field.apply(key) {
                state.filterField = field
                return state.setFilter(field.text)
            }
        }
        return []
    }

    // MARK: Lookup prompt

    static func promptKey(_ state: inout BrowserState, _ prompt: LookupPrompt, _ key: Key) -> [Effect] {
        var prompt = prompt
        switch key {
        case .escape:
            state.overlay = nil
            return []
        case .enter:
            let value = prompt.field.text.trimmingWhitespace()
            guard !value.isEmpty else { return [] }
            state.overlay = nil
            return startLookup(&state, LookupTarget(kind: prompt.kind, value: value))
        case .tab:
            prompt.kind = prompt.kind.next
        case .backTab:
            prompt.kind = LookupKind.allCases[(LookupKind.allCases.firstIndex(of: prompt.kind)! + LookupKind.allCases.count - 1) % LookupKind.allCases.count]
        case .up, .down:
            guard !state.recentLookups.isEmpty else { return [] }
            let index: Int?
            if key == .up {
                index = min((prompt.historyIndex ?? -1) + 1, state.recentLookups.count - 1)
            } else {
                index = (prompt.historyIndex ?? 0) - 1 < 0 ? nil : (prompt.historyIndex ?? 0) - 1
            }
            prompt.historyIndex = index
            if let index {
                prompt.kind = state.recentLookups[index].kind
                prompt.field = TextField(text: state.recentLookups[index].value)
            } else {
                prompt.field = TextField()
            }
        default:
            if prompt.field.apply(key) { prompt.historyIndex = nil }
        }
        state.overlay = .prompt(prompt)
        return []
    }

    // MARK: Confirmations (they take every key)

    /// What a key does in a Cancel/confirm modal: `y` confirms, `n`/Esc cancel, Enter presses the
    /// focused button (Cancel unless moved), Tab and the arrows move the focus; nothing else.
    enum ModalDecision {
        case confirm, cancel, moveFocus, ignore
    }

    static func decision(for key: Key, focus: ConfirmButton) -> ModalDecision {
        switch key {
        case .character("y"), .character("Y"): return .confirm
        case .character("n"), .character("N"), .escape, .character("q"): return .cancel
        case .enter: return focus == .delete ? .confirm : .cancel
        case .tab, .backTab, .left, .right, .character("h"), .character("l"): return .moveFocus
        default: return .ignore
        }
    }

    static func toggled(_ focus: ConfirmButton) -> ConfirmButton { focus == .cancel ? .delete : .cancel }

    static func confirmDeleteKey(_ state: inout BrowserState, _ confirmation: DeleteConfirmation, _ key: Key) -> [Effect] {
        var confirmation = confirmation
        switch decision(for: key, focus: confirmation.focus) {
        case .confirm: return confirmDelete(&state, confirmation)
        case .cancel:
            state.overlay = nil
            state.flash = Flash("Delete cancelled", kind: .info, now: state.now)
            return []
        case .moveFocus: confirmation.focus = toggled(confirmation.focus)
        case .ignore: break
        }
        state.overlay = .confirmDelete(confirmation)
        return []
    }

    static func confirmRestoreKey(_ state: inout BrowserState, _ confirmation: RestoreConfirmation, _ key: Key) -> [Effect] {
        var confirmation = confirmation
        switch decision(for: key, focus: confirmation.focus) {
        case .confirm: return confirmRestore(&state, confirmation)
        case .cancel:
            state.overlay = nil
            state.flash = Flash("Undo cancelled", kind: .info, now: state.now)
            return []
        case .moveFocus: confirmation.focus = toggled(confirmation.focus)
        case .ignore: break
        }
        state.overlay = .confirmRestore(confirmation)
        return []
    }

    static func confirmDeleteAllKey(_ state: inout BrowserState, _ confirmation: DeleteAllConfirmation, _ key: Key) -> [Effect] {
        var confirmation = confirmation
        switch key {
        case .escape:
            state.overlay = nil
            state.flash = Flash("Delete cancelled", kind: .info, now: state.now)
            return []
        case .enter:
            if confirmation.field.text == confirmation.expectedConfirmation { return confirmDeleteAll(&state, confirmation) }
            confirmation.mismatch = true
        default:
            if confirmation.field.apply(key) { confirmation.mismatch = false }
        }
        state.overlay = .confirmDeleteAll(confirmation)
        return []
    }

    // MARK: Help

    static func helpKey(_ state: inout BrowserState, scroll: Int, _ key: Key) -> [Effect] {
        switch key {
        case .character("?"), .escape, .character("q"), .enter:
            state.overlay = nil
        case .character("j"), .down:
            state.overlay = .help(scroll: scroll + 1)
        case .character("k"), .up:
            state.overlay = .help(scroll: max(0, scroll - 1))
        case .pageDown, .character(" "):
            state.overlay = .help(scroll: scroll + 10)
        case .pageUp:
            state.overlay = .help(scroll: max(0, scroll - 10))
        case .character("g"), .home:
            state.overlay = .help(scroll: 0)
        default:
            break
        }
        return []
    }

    // MARK: Mouse

    static func handleMouse(_ state: inout BrowserState, _ event: MouseEvent) -> [Effect] {
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
            let down: Bool
            if case .wheelDown = event { down = true } else { down = false }
            if let detail = layout.detail, detail.contains(row: row, column: column) {
                let saved = state.focus
                state.focus = .detail
                for _ in 0..<3 { scrollDetail(&state, down ? .down : .up) }
                state.focus = saved
            } else {
                for _ in 0..<3 { moveSelection(&state, down ? .down : .up) }
            }
        }
        return []
    }
}

