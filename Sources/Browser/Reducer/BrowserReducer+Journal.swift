import Essentials
import Localization
import NP6

/// `J`: the journal over the browser. It opens at once with "reading…" and is read off the UI
/// thread; `/` filters it, `u` re-creates what an entry deleted after the usual confirmation.
extension BrowserReducer {
    static func openJournal(_ state: inout BrowserState) -> [Effect] {
        state.overlay = .journal(JournalBrowser())
        return [.loadJournal]
    }

    /// The journal read; dropped when the journal was closed meanwhile.
    static func journalRead(_ state: inout BrowserState, _ content: JournalBrowser.Content) {
        guard case .journal(var journal)? = state.overlay, journal.content == .loading else { return }
        switch content {
        case .loaded(let listing): journal.load(listing)
        case .loading, .unreadable: journal.content = content
        }
        state.overlay = .journal(journal)
    }

    /// Esc, `q`, `J`: a filter goes first, then the journal.
    static func closeJournal(_ state: inout BrowserState) {
        guard case .journal(var journal)? = state.overlay else { return }
        guard journal.filterField.text.isEmpty else {
            clearJournalFilter(&journal)
            state.overlay = .journal(journal)
            return
        }
        state.overlay = nil
    }

    static func changeJournal(_ state: inout BrowserState, _ change: (inout JournalBrowser) -> Void) {
        guard case .journal(var journal)? = state.overlay else { return }
        change(&journal)
        state.overlay = .journal(journal)
    }

    static func clearJournalFilter(_ journal: inout JournalBrowser) {
        journal.filterField = TextField()
        journal.filterEditing = false
        journal.refilter()
    }

    static func moveJournalFocus(_ state: inout BrowserState, _ movement: Movement) {
        let page = JournalLayout(size: state.size).tableRows
        changeJournal(&state) { journal in
            switch movement {
            case .down: journal.moveFocus(by: 1)
            case .up: journal.moveFocus(by: -1)
            case .pageDown: journal.moveFocus(by: page)
            case .pageUp: journal.moveFocus(by: -page)
            case .first: journal.moveFocus(by: -journal.visible.count)
            case .last: journal.moveFocus(by: journal.visible.count)
            }
            journal.keepFocusVisible(page: page)
        }
    }

    /// `u` on an entry: the confirmation of its re-creation, or a flash that says why there is none.
    static func requestEntryUndo(_ state: inout BrowserState) -> [Effect] {
        guard case .journal(let journal)? = state.overlay, let row = journal.focusedRow else { return [] }
        let refusal: String?
        switch row.undo {
        case _ where state.connection.readOnly:
            refusal = Message.flashReadOnly(what: Message.writeWhatUndo.text()).text()
        case _ where state.pending != nil: refusal = Message.flashWaitForRequest.text()
        // The journal file's text (an id, a host, an unknown operation) is drawn only sanitised.
        case .refused(let why):
            refusal = UntrustedText.sanitized(
                Message.flashCannotUndoEntry(id: String(row.id.prefix(8)), why: why).text())
        case .possible: refusal = nil
        }
        guard refusal == nil, case .possible(let subscriptions) = row.undo else {
            state.flash = Flash(refusal ?? "", kind: .warning, now: state.now)
            return []
        }
        let restore = JournalRestore(
            entry: row.id, contact: row.contact, contactText: row.contactText, when: row.when,
            subscriptions: subscriptions, journal: journal)
        state.overlay = .confirmation(
            Confirmation(
                .restoreEntry(restore),
                reason: state.reasons.offered(profile: state.connection.profile?.name, contact: row.contact)))
        return []
    }

    /// The answer of an entry's re-creation: said in a flash or a band, and the contact on screen
    /// fetched again when it is the entry's.
    static func entryRestoreFinished(_ state: inout BrowserState, _ restore: JournalRestore, results: [RequestResult])
        -> [Effect]
    {
        let failed = results.filter { $0.error != nil }
        let restored = results.count - failed.count
        let what = UntrustedText.sanitized(
            Message.entryOf(contact: restore.contactText, entry: String(restore.entry.prefix(8))).text())
        if failed.isEmpty {
            state.flash = Flash(
                Message.flashRecreatedEntry(count: restored, what: what).text(), kind: .success, now: state.now)
        } else {
            state.banner = Banner(
                title: Message.bannerRecreationIncomplete.text(),
                message: Message.bannerRecreationIncompleteMessage(
                    restored: restored, total: results.count, what: what, failed: failed.count,
                    error: failed[0].error?.message ?? "", journal: KeyMap.label(of: .openJournal, in: .browse),
                    undo: KeyMap.label(of: .undoEntry, in: .journal)
                ).text())
        }
        // The rows come back as the server has them, when they are the contact on screen's.
        let unicity = state.contactUnicity
        let sameContact =
            restore.contact == state.contact
            || (unicity != nil && restore.subscriptions.contains { $0.contact.unicity == unicity })
        guard let contact = state.contact, sameContact else { return [] }
        let banner = state.banner
        let effects = startLookup(&state, .contact(contact))
        state.banner = banner
        return effects
    }
}
