import Search

extension BrowserReducer {
    /// Every command, to the one function that carries it out. The switch is exhaustive: a new
    /// `Command` does not compile until it has a handler here and an availability in
    /// `Command+Availability`. A key only yields a command bound in the context it was pressed
    /// in, so each handler finds the overlay it works on (and does nothing otherwise).
    static func perform(_ command: Command, _ state: inout BrowserState) -> [Effect] {
        switch command {
        // Quitting works the same everywhere (Ctrl-C never confirms anything); an editing key
        // goes to whichever text field is open, the only place the key map offers one.
        case .quit: return quit(&state)
        case .edit(let edit): return editField(&state) { $0.apply(edit) }
        case .requestQuit: return requestQuit(&state)
        // Browsing.
        case .openHelp: state.overlay = .help(HelpOverlay())
        case .openPrompt: state.overlay = .prompt(LookupPrompt())
        case .openFilter: openFilter(&state)
        case .back: return back(&state)
        case .toggleFocus: state.focus = state.focus == .list ? .detail : .list
        case .focusDetail: if state.selectedSubscription != nil { state.focus = .detail }
        case .focusList: state.focus = .list
        case .refresh: return refresh(&state)
        case .delete: return requestDelete(&state)
        case .deleteAll: return requestDeleteAll(&state)
        case .undo: return requestUndo(&state)
        case .mark: if state.focus == .detail { scrollDetail(&state, .pageDown) } else { toggleMark(&state) }
        case .copy: return copySelected(&state)
        case .openCopyMenu: return openCopyMenu(&state)
        case .openProfilePicker: return openProfilePicker(&state)
        case .nextMode: cycleMode(forward: true, &state)
        case .previousMode: cycleMode(forward: false, &state)
        case .cycleSort: return sort(&state, SortOrder.next(after: state.sort))
        case .reverseSort: return reverseSort(&state)
        case .historyBack: return goBack(&state)
        case .historyForward: return goForward(&state)
        case .redraw: return [.redrawScreen]
        case .down: move(.down, &state)
        case .up: move(.up, &state)
        case .pageDown: move(.pageDown, &state)
        case .pageUp: move(.pageUp, &state)
        case .first: move(.first, &state)
        case .last: move(.last, &state)
        // The filter bar.
        case .keepFilter: state.filterEditing = false
        case .clearFilter: return clearFilter(&state)
        case .toggleFuzzy: return state.toggleFuzzyFilter()
        // The lookup prompt.
        case .fetch: return fetch(&state)
        case .nextKind: changeKind(by: 1, &state)
        case .previousKind: changeKind(by: -1, &state)
        case .olderLookup: recallLookup(older: true, &state)
        case .newerLookup: recallLookup(older: false, &state)
        // Confirmations.
        case .confirm: return pressConfirmation(&state, focused: false)
        case .pressFocused: return pressConfirmation(&state, focused: true)
        case .cancel: return cancelConfirmation(&state)
        case .switchButton: switchButton(&state)
        case .nextFocus: moveConfirmationFocus(&state, forward: true)
        case .previousFocus: moveConfirmationFocus(&state, forward: false)
        case .leaveReason: leaveReason(&state)
        case .olderReason: recallReason(older: true, &state)
        case .newerReason: recallReason(older: false, &state)
        case .submitTyped: return submitTyped(&state)
        // The overlays that close.
        case .closePrompt, .closeHelp, .closeCopyMenu, .closeProfilePicker: state.overlay = nil
        // The copy menu and the profile picker.
        case .copyChoice(let position): return copyFromMenu(&state, position: position)
        case .copyFocused: return copyFromMenu(&state, position: nil)
        case .chooseProfile: return chooseProfile(&state)
        // The journal.
        case .openJournal: return openJournal(&state)
        case .closeJournal: closeJournal(&state)
        case .undoEntry: return requestEntryUndo(&state)
        case .openJournalFilter: changeJournal(&state) { $0.filterEditing = true }
        case .keepJournalFilter: changeJournal(&state) { $0.filterEditing = false }
        case .clearJournalFilter: changeJournal(&state) { clearJournalFilter(&$0) }
        // The palette, export and the pager, the detail's search and the help's filter.
        case .openPalette, .runPaletteCommand, .closePalette, .export, .writeExport, .confirmOverwrite,
            .declineOverwrite, .closeExport, .openPager, .nextMatch, .previousMatch, .keepDetailSearch,
            .clearDetailSearch, .openHelpFilter, .keepHelpFilter, .clearHelpFilter:
            return performFinding(command, &state)
        }
        return []
    }

    /// The commands that find and take things out: the palette, export and the pager, the
    /// detail's search and the help's filter. `perform` lists them all by name.
    static func performFinding(_ command: Command, _ state: inout BrowserState) -> [Effect] {
        switch command {
        case .openPalette: openPalette(&state)
        case .runPaletteCommand: return runPaletteCommand(&state)
        case .closePalette, .closeExport: state.overlay = nil
        case .export: openExport(&state)
        case .writeExport: return writeExport(&state, overwrite: false)
        case .confirmOverwrite: return writeExport(&state, overwrite: true)
        case .declineOverwrite: declineOverwrite(&state)
        case .openPager: return openPager(&state)
        case .nextMatch: stepMatch(forward: true, &state)
        case .previousMatch: stepMatch(forward: false, &state)
        case .keepDetailSearch: keepDetailSearch(&state)
        case .clearDetailSearch: clearDetailSearch(&state)
        case .openHelpFilter: changeHelp(&state) { $0.filterEditing = true }
        case .keepHelpFilter: changeHelp(&state) { $0.filterEditing = false }
        case .clearHelpFilter: changeHelp(&state) { $0 = HelpOverlay(scroll: 0) }
        default: break
        }
        return []
    }
}
