import Essentials

extension BrowserReducer {
    /// The status line: the keys of the current context that do something now, most useful
    /// first; `? help` and `q quit` are pinned so that they always fit.
    public static func hints(for state: BrowserState) -> [KeyHint] {
        let context = KeyMap.context(of: state)
        return KeyMap.bindings(in: context)
            .filter { $0.context == context }
            .enumerated()
            .compactMap { index, binding -> (Int, KeyBinding, String)? in hint(binding, in: state).map { (index, binding, $0) } }
            // By priority, then in the table's order.
            .sorted { ($0.1.priority, $0.0) < ($1.1.priority, $1.0) }
            .map { _, binding, text in KeyHint(press: binding.keys[0], text: text, pinned: binding.priority == 0) }
    }

    /// The status line's word for `binding` now, or nil when pressing it would do nothing.
    public static func hint(_ binding: KeyBinding, in state: BrowserState) -> String? {
        guard let text = binding.hint else { return nil }
        if binding.writes && state.connection.readOnly { return nil }
        let selected = state.selectedSubscription
        let idle = state.pending == nil
        let writing = state.pending.map { !$0.isLookup } ?? false
        switch binding.command {
        case .back:
            if let pending = state.pending { return pending.isLookup ? "cancel" : nil }
            if state.banner != nil { return "dismiss" }
            if !state.filter.isEmpty { return "clear filter" }
            // Back to the list is Tab's hint already.
            return state.marked.isEmpty ? nil : "clear marks"
        case .delete:
            guard idle, selected != nil || !state.marked.isEmpty else { return nil }
            return state.marked.isEmpty ? text : "delete \(CountText.grouped(state.marked.count)) marked"
        case .deleteAll:
            return idle && state.contact != nil && !state.subscriptions.isEmpty ? text : nil
        case .undo:
            return idle && !state.lastDeleted.isEmpty ? text : nil
        case .mark:
            return selected != nil && state.focus == .list ? text : nil
        case .copy:
            return selected?.provider.address != nil ? text : nil
        case .refresh:
            // A lookup waits while a write is in flight (its answer must be seen first).
            guard !writing else { return nil }
            return state.contact != nil || state.failedLookup != nil ? text : nil
        case .openPrompt:
            // While a switch reads the new profile's key, a lookup would go to the old one.
            if case .switchProfile? = state.pending?.kind { return nil }
            return writing ? nil : text
        case .openProfilePicker:
            return writing || state.environment.profiles.isEmpty ? nil : text
        case .historyBack:
            return writing || state.backHistory.isEmpty ? nil : text
        case .historyForward:
            return writing || state.forwardHistory.isEmpty ? nil : text
        case .cycleSort:
            return state.subscriptions.count > 1 ? text : nil
        case .openFilter:
            return state.subscriptions.isEmpty ? nil : text
        case .toggleFocus:
            guard selected != nil else { return nil }
            return state.focus == .list ? "detail" : "list"
        case .toggleFuzzy:
            return state.fuzzyFilter ? "literal" : text
        case .down:
            return context(state) == .filter && state.visible.count < 2 ? nil : text
        case .fetch:
            guard case .prompt(let prompt)? = state.overlay else { return nil }
            return prompt.field.text.trimmingWhitespace().isEmpty ? nil : text
        case .olderLookup:
            return state.recentLookups.isEmpty ? nil : text
        case .nextFocus:
            guard case .confirmation(let confirmation)? = state.overlay, confirmation.subject.takesReason else { return nil }
            return confirmation.reasonFocused ? "back" : text
        case .confirm, .submitTyped:
            guard case .confirmation(let confirmation)? = state.overlay else { return text }
            return confirmation.subject.verb.lowercased()
        default:
            return text
        }
    }

    private static func context(_ state: BrowserState) -> KeyContext { KeyMap.context(of: state) }
}

