import Essentials
import Localization

extension Command {
    /// Whether the command does something in `state`, and the status line's word for it (from
    /// `hint`, the binding's, which some states reword). The switch is exhaustive: a new command
    /// does not compile until it says when it is available.
    func availability(in state: BrowserState, hint: String?) -> Availability {
        /// Available, with the binding's word or one for this state (none without a binding's).
        func offer(_ text: String? = nil) -> Availability { .available(hint: hint == nil ? nil : (text ?? hint)) }
        func refuse(_ reason: Message) -> Availability { .unavailable(reason: reason.text()) }
        func unless(_ condition: Bool, _ reason: Message) -> Availability { condition ? refuse(reason) : offer() }
        switch self {
        case .back: return backAvailability(in: state, offer: offer)
        case .delete: return deleteAvailability(in: state, offer: offer)
        case .deleteAll:
            if state.pending != nil { return refuse(.whyRequestInFlight) }
            return unless(state.contact == nil || state.subscriptions.isEmpty, .whyNoSubscriptionsToDelete)
        case .undo:
            if state.pending != nil { return refuse(.whyRequestInFlight) }
            return unless(state.lastDeleted.isEmpty, .whyNothingDeletedToUndo)
        case .undoEntry:
            if state.connection.readOnly { return refuse(.whyReadOnly) }
            guard case .journal(let journal)? = state.overlay, let row = journal.focusedRow else {
                return refuse(.whyNoEntryFocused)
            }
            if case .refused(let why) = row.undo { return .unavailable(reason: why) }
            return unless(state.pending != nil, .whyRequestInFlight)
        case .mark:
            return unless(state.selectedSubscription == nil || state.focus != .list, .whyNoRowSelected)
        case .copy: return unless(state.selectedSubscription?.provider.address == nil, .whyNoTokenToCopy)
        case .refresh, .openPrompt, .openProfilePicker, .historyBack, .historyForward:
            return lookupAvailability(in: state, offer: offer)
        case .nextMode: return offer(state.screenMode.title)
        case .export: return unless(state.visible.isEmpty, .whyNothingToExport)
        case .openPager: return unless(state.selectedSubscription == nil, .whyNoSubscriptionSelected)
        case .nextMatch, .previousMatch:
            return unless(BrowserReducer.detailMatches(state).isEmpty, .whyNoMatches)
        case .runPaletteCommand: return paletteAvailability(in: state, offer: offer)
        case .cycleSort: return unless(state.subscriptions.count < 2, .whyFewerThanTwo)
        case .openFilter: return unless(state.subscriptions.isEmpty, .whyNoSubscriptionsToFilter)
        case .toggleFocus:
            guard state.selectedSubscription != nil else {
                return refuse(.whyNoSubscriptionSelected)
            }
            return offer((state.focus == .list ? Message.hintDetail : .hintList).text())
        case .toggleFuzzy: return offer(state.fuzzyFilter ? Message.hintLiteral.text() : nil)
        case .down:
            return unless(KeyMap.context(of: state) == .filter && state.visible.count < 2, .whyNothingToMoveTo)
        case .fetch:
            guard case .prompt(let prompt)? = state.overlay else {
                return refuse(.whyNoPrompt)
            }
            return unless(prompt.field.text.trimmingWhitespace().isEmpty, .whyNothingTyped)
        case .olderLookup: return unless(state.recentLookups.isEmpty, .whyNoRecentLookups)
        case .olderReason, .newerReason:
            guard case .confirmation(let confirmation)? = state.overlay, confirmation.reasonFocused else {
                return refuse(.whyReasonNotFocused)
            }
            return unless(state.reasons.recent.isEmpty, .whyNoRecentReasons)
        case .nextFocus:
            guard case .confirmation(let confirmation)? = state.overlay, confirmation.subject.takesReason else {
                return refuse(.whyNoReasonHere)
            }
            return offer(confirmation.reasonFocused ? Message.hintBack.text() : nil)
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
            .keepJournalFilter, .clearJournalFilter, .previousMode, .openPalette, .closePalette, .writeExport,
            .closeExport, .confirmOverwrite, .declineOverwrite, .keepDetailSearch, .clearDetailSearch, .openHelpFilter,
            .keepHelpFilter, .clearHelpFilter:
            return offer()
        }
    }

    /// Keys that start a lookup: each waits while a write is in flight (its answer must be seen first).
    private func lookupAvailability(in state: BrowserState, offer: (String?) -> Availability) -> Availability {
        let writing = state.pending.map { !$0.isLookup } ?? false
        func refuse(_ reason: Message) -> Availability { .unavailable(reason: reason.text()) }
        func unless(_ condition: Bool, _ reason: Message) -> Availability { condition ? refuse(reason) : offer(nil) }
        switch self {
        case .refresh:
            if writing { return refuse(.whyWriteInFlight) }
            return unless(state.contact == nil && state.failedLookup == nil, .whyNoContactToRefresh)
        case .openPrompt:
            // While a switch reads the new profile's key, a lookup would go to the old one.
            if case .switchProfile? = state.pending?.kind {
                return refuse(.whySwitchingProfile)
            }
            return unless(writing, .whyWriteInFlight)
        case .openProfilePicker:
            if writing { return refuse(.whyWriteInFlight) }
            return unless(state.environment.profiles.isEmpty, .whyNoProfiles)
        case .historyBack:
            if writing { return refuse(.whyWriteInFlight) }
            return unless(state.backHistory.isEmpty, .whyNoEarlierContact)
        case .historyForward:
            if writing { return refuse(.whyWriteInFlight) }
            return unless(state.forwardHistory.isEmpty, .whyNoLaterContact)
        default:
            return offer(nil)
        }
    }

    /// Enter in the palette: what the focused command would do.
    private func paletteAvailability(in state: BrowserState, offer: (String?) -> Availability) -> Availability {
        guard case .palette(let palette)? = state.overlay else { return offer(nil) }
        let entries = CommandPalette.entries(for: palette.field.text, in: state)
        guard entries.indices.contains(palette.focus) else {
            return .unavailable(reason: Message.paletteNoMatch.text())
        }
        return entries[palette.focus].availability.isAvailable ? offer(nil) : entries[palette.focus].availability
    }

    /// Esc in the list: what it would do now, in the order it does it.
    private func backAvailability(in state: BrowserState, offer: (String?) -> Availability) -> Availability {
        if let pending = state.pending {
            return pending.isLookup
                ? offer(Message.hintCancel.text()) : .unavailable(reason: Message.whyWriteCannotBeCancelled.text())
        }
        if state.banner != nil { return offer(Message.hintDismiss.text()) }
        if !state.filter.isEmpty { return offer(Message.hintClearFilter.text()) }
        // Back to the list is Tab's hint already.
        return state.marked.isEmpty
            ? .unavailable(reason: Message.whyNothingToCancel.text()) : offer(Message.hintClearMarks.text())
    }

    private func deleteAvailability(in state: BrowserState, offer: (String?) -> Availability) -> Availability {
        if state.pending != nil { return .unavailable(reason: Message.whyRequestInFlight.text()) }
        if state.selectedSubscription == nil && state.marked.isEmpty {
            return .unavailable(reason: Message.whyNoSubscriptionSelected.text())
        }
        return state.marked.isEmpty ? offer(nil) : offer(Message.hintDeleteMarked(state.marked.count).text())
    }
}
