import Essentials

extension Command {
    /// Whether the command does something in `state`, and the status line's word for it (from
    /// `hint`, the binding's, which some states reword). The switch is exhaustive: a new command
    /// does not compile until it says when it is available.
    func availability(in state: BrowserState, hint: String?) -> Availability {
        /// Available, with the binding's word or one for this state (none without a binding's).
        func offer(_ text: String? = nil) -> Availability { .available(hint: hint == nil ? nil : (text ?? hint)) }
        func unless(_ condition: Bool, _ reason: String) -> Availability {
            condition ? .unavailable(reason: reason) : offer()
        }
        let writing = state.pending.map { !$0.isLookup } ?? false
        switch self {
        case .back: return backAvailability(in: state, offer: offer)
        case .delete: return deleteAvailability(in: state, offer: offer)
        case .deleteAll:
            if state.pending != nil { return .unavailable(reason: "a request is in flight") }
            return unless(state.contact == nil || state.subscriptions.isEmpty, "no subscriptions to delete")
        case .undo:
            if state.pending != nil { return .unavailable(reason: "a request is in flight") }
            return unless(state.lastDeleted.isEmpty, "nothing deleted to undo")
        case .undoEntry:
            if state.connection.readOnly { return .unavailable(reason: "read-only") }
            guard case .journal(let journal)? = state.overlay, let row = journal.focusedRow else {
                return .unavailable(reason: "no entry focused")
            }
            if case .refused(let why) = row.undo { return .unavailable(reason: why) }
            return unless(state.pending != nil, "a request is in flight")
        case .mark:
            return unless(state.selectedSubscription == nil || state.focus != .list, "no row selected in the list")
        case .copy: return unless(state.selectedSubscription?.provider.address == nil, "no token or url to copy")
        // A lookup waits while a write is in flight (its answer must be seen first).
        case .refresh:
            if writing { return .unavailable(reason: "a write is in flight") }
            return unless(state.contact == nil && state.failedLookup == nil, "no contact to refresh")
        case .openPrompt:
            // While a switch reads the new profile's key, a lookup would go to the old one.
            if case .switchProfile? = state.pending?.kind { return .unavailable(reason: "switching profile") }
            return unless(writing, "a write is in flight")
        case .openProfilePicker:
            if writing { return .unavailable(reason: "a write is in flight") }
            return unless(state.environment.profiles.isEmpty, "no profiles in the config file")
        case .historyBack:
            if writing { return .unavailable(reason: "a write is in flight") }
            return unless(state.backHistory.isEmpty, "no earlier contact")
        case .historyForward:
            if writing { return .unavailable(reason: "a write is in flight") }
            return unless(state.forwardHistory.isEmpty, "no later contact")
        case .cycleSort: return unless(state.subscriptions.count < 2, "fewer than two subscriptions")
        case .openFilter: return unless(state.subscriptions.isEmpty, "no subscriptions to filter")
        case .toggleFocus:
            guard state.selectedSubscription != nil else { return .unavailable(reason: "no subscription selected") }
            return offer(state.focus == .list ? "detail" : "list")
        case .toggleFuzzy: return offer(state.fuzzyFilter ? "literal" : nil)
        case .down: return unless(KeyMap.context(of: state) == .filter && state.visible.count < 2, "nothing to move to")
        case .fetch:
            guard case .prompt(let prompt)? = state.overlay else { return .unavailable(reason: "no prompt") }
            return unless(prompt.field.text.trimmingWhitespace().isEmpty, "nothing typed")
        case .olderLookup: return unless(state.recentLookups.isEmpty, "no recent lookups")
        case .olderReason, .newerReason:
            guard case .confirmation(let confirmation)? = state.overlay, confirmation.reasonFocused else {
                return .unavailable(reason: "the reason field is not focused")
            }
            return unless(state.reasons.recent.isEmpty, "no recent reasons")
        case .nextFocus:
            guard case .confirmation(let confirmation)? = state.overlay, confirmation.subject.takesReason else {
                return .unavailable(reason: "this confirmation takes no reason")
            }
            return offer(confirmation.reasonFocused ? "back" : nil)
        case .confirm, .submitTyped:
            guard case .confirmation(let confirmation)? = state.overlay else { return offer() }
            return offer(confirmation.subject.verb.lowercased())
        case .quit, .requestQuit, .openHelp, .focusDetail, .focusList, .openCopyMenu, .reverseSort, .redraw, .up,
            .pageDown,
            .pageUp, .first, .last, .keepFilter, .clearFilter, .nextKind, .previousKind, .newerLookup, .closePrompt,
            .cancel,
            .switchButton, .pressFocused, .previousFocus, .leaveReason, .closeHelp, .copyChoice, .copyFocused,
            .closeCopyMenu,
            .chooseProfile, .closeProfilePicker, .edit, .openJournal, .closeJournal, .openJournalFilter,
            .keepJournalFilter, .clearJournalFilter:
            return offer()
        }
    }

    /// Esc in the list: what it would do now, in the order it does it.
    private func backAvailability(in state: BrowserState, offer: (String?) -> Availability) -> Availability {
        if let pending = state.pending {
            return pending.isLookup ? offer("cancel") : .unavailable(reason: "a write cannot be cancelled")
        }
        if state.banner != nil { return offer("dismiss") }
        if !state.filter.isEmpty { return offer("clear filter") }
        // Back to the list is Tab's hint already.
        return state.marked.isEmpty ? .unavailable(reason: "nothing to cancel, dismiss or clear") : offer("clear marks")
    }

    private func deleteAvailability(in state: BrowserState, offer: (String?) -> Availability) -> Availability {
        if state.pending != nil { return .unavailable(reason: "a request is in flight") }
        if state.selectedSubscription == nil && state.marked.isEmpty {
            return .unavailable(reason: "no subscription selected")
        }
        return state.marked.isEmpty ? offer(nil) : offer("delete \(CountText.grouped(state.marked.count)) marked")
    }
}
