import Browser
import BrowserTestSupport
import NP6
import Primitives
import TestTags
import Testing

@Suite("Reducer: the journal in the browser (J), its filter, and undo from it", .tags(.unit))
struct JournalBrowserTests {
    static let jeanne = BrowserFixtures.jeanneContact

    static func listing() -> JournalListing { BrowserFixtures.journalListing() }

    /// foobar on screen, the journal open and read.
    static func opened(readOnly: Bool = false) -> BrowserState {
        var state = BrowserFixtures.loaded(readOnly: readOnly)
        BrowserFixtures.press([.character("J")], &state)
        _ = BrowserReducer.reduce(&state, .journalLoaded(listing()))
        return state
    }

    static func journal(_ state: BrowserState) -> JournalBrowser? {
        if case .journal(let journal)? = state.overlay { return journal }
        return nil
    }

    @Test("J opens the journal at once, reading it off the UI thread; its answer fills it, newest first")
    func opens() {
        var state = BrowserFixtures.loaded()
        let effects = BrowserFixtures.press([.character("J")], &state)
        #expect(effects == [.loadJournal])
        #expect(Self.journal(state)?.content == .loading)
        _ = BrowserReducer.reduce(&state, .journalLoaded(Self.listing()))
        #expect(Self.journal(state)?.visibleRows.map(\.id) == ["aaaaaaaa-0000", "bbbbbbbb-0000", "cccccccc-0000"])
        #expect(Self.journal(state)?.focusedRow?.id == "aaaaaaaa-0000")
        // Esc closes it; an answer that comes later is dropped.
        BrowserFixtures.press([.escape], &state)
        #expect(state.overlay == nil)
        _ = BrowserReducer.reduce(&state, .journalLoaded(Self.listing()))
        #expect(state.overlay == nil)
    }

    @Test("an entry is about the contact on screen by the key it was looked up with or by its unicity")
    func thisContactsEntries() {
        let rows = Self.listing().rows
        // Computed first: #expect's expansion of a call with an enum-case argument warned of an unused result.
        let byUnicity = rows[0].isAbout(.unicity("foobar"), unicity: "foobar")
        let byHash = rows[0].isAbout(.hash("3858f622"), unicity: "foobar")
        let other = rows[2].isAbout(.unicity("foobar"), unicity: "foobar")
        let nobody = rows[2].isAbout(nil, unicity: nil)
        #expect(byUnicity)
        #expect(byHash)
        #expect(!other)
        #expect(!nobody)
    }

    @Test("/ filters the entries (every term, smart case); Esc clears the filter first, then closes")
    func filter() {
        var state = Self.opened()
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("jeanne delete", &state)
        #expect(Self.journal(state)?.visibleRows.map(\.id) == ["cccccccc-0000"])
        _ = BrowserFixtures.type(" T-1", &state)
        #expect(Self.journal(state)?.visibleRows.isEmpty == true)
        BrowserFixtures.press([.escape], &state)
        #expect(Self.journal(state)?.visibleRows.count == 3)
        // Smart case: a capital letter matches exactly.
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("Restore", &state)
        #expect(Self.journal(state)?.visibleRows.isEmpty == true)
        BrowserFixtures.press([.escape, .character("/")], &state)
        _ = BrowserFixtures.type("restore", &state)
        BrowserFixtures.press([.enter], &state)
        #expect(Self.journal(state)?.visibleRows.map(\.id) == ["bbbbbbbb-0000"])
        #expect(Self.journal(state)?.filterEditing == false)
        BrowserFixtures.press([.escape], &state)
        #expect(Self.journal(state)?.visibleRows.count == 3)
        BrowserFixtures.press([.escape], &state)
        #expect(state.overlay == nil)
    }

    @Test("j/k and G move the focus over the entries, within them")
    func movement() {
        var state = Self.opened()
        BrowserFixtures.press([.character("j")], &state)
        #expect(Self.journal(state)?.focusedRow?.id == "bbbbbbbb-0000")
        BrowserFixtures.press([.character("G"), .character("j")], &state)
        #expect(Self.journal(state)?.focusedRow?.id == "cccccccc-0000")
        BrowserFixtures.press([.character("g"), .character("k")], &state)
        #expect(Self.journal(state)?.focusedRow?.id == "aaaaaaaa-0000")
    }

    @Test("the wheel walks the entries; a click in the journal leaves the list under it alone")
    func mouse() {
        var state = Self.opened()
        _ = BrowserReducer.reduce(&state, .mouse(.wheelDown(row: 5, column: 5)))
        #expect(Self.journal(state)?.focusedRow?.id == "cccccccc-0000")
        _ = BrowserReducer.reduce(&state, .mouse(.wheelUp(row: 5, column: 5)))
        #expect(Self.journal(state)?.focusedRow?.id == "aaaaaaaa-0000")
        let selection = state.selection
        _ = BrowserReducer.reduce(&state, .mouse(.click(row: 3, column: 2)))
        #expect(state.selection == selection && Self.journal(state) != nil)
    }

    @Test("u on another contact's entry confirms, and the write is journalled under that contact, as restoring it")
    func undoAnotherContactsEntry() {
        var state = Self.opened()
        BrowserFixtures.press([.character("G"), .character("u")], &state)
        guard case .confirmation(let confirmation)? = state.overlay,
            case .restoreEntry(let restore) = confirmation.subject
        else {
            Issue.record("no confirmation: \(String(describing: state.overlay))")
            return
        }
        #expect(restore.entry == "cccccccc-0000")
        #expect(confirmation.subscriptions == [BrowserFixtures.jeanne[1]])
        #expect(confirmation.reason.text.isEmpty)
        #expect(confirmation.requestLine == "PUT /subscriptions")
        BrowserFixtures.press([.tab], &state)
        _ = BrowserFixtures.type("T-9", &state)
        BrowserFixtures.press([.enter], &state)
        let effects = BrowserFixtures.press([.character("y")], &state)
        guard case .restore(let generation, let subscriptions, let note)? = effects.first else {
            Issue.record("no restore effect: \(effects)")
            return
        }
        #expect(subscriptions == [BrowserFixtures.jeanne[1]])
        #expect(note == WriteNote(contact: Self.jeanne, reason: "T-9", restores: "cccccccc-0000"))
        // Its answer does not touch the session's undo, and foobar (on screen) is not fetched again.
        let lastDeleted = state.lastDeleted
        let after = BrowserReducer.reduce(
            &state,
            .restoreFinished(
                generation: generation, results: [RequestResult(subscription: BrowserFixtures.jeanne[1], error: nil)]))
        #expect(after.isEmpty)
        #expect(state.lastDeleted == lastDeleted)
        #expect(state.flash?.text == "Re-created 1 subscription of jeanne.martin@example.com (entry cccccccc)")
        #expect(state.pending == nil)
    }

    @Test("re-creating an entry of the contact on screen fetches it again")
    func undoThisContactsEntry() {
        var state = Self.opened()
        BrowserFixtures.press([.character("u"), .character("y")], &state)
        guard case .restoreEntry? = state.pending?.kind, let generation = state.pending?.generation else {
            Issue.record("nothing pending: \(String(describing: state.pending))")
            return
        }
        let effects = BrowserReducer.reduce(
            &state,
            .restoreFinished(
                generation: generation, results: [RequestResult(subscription: BrowserFixtures.foobar[0], error: nil)]))
        #expect(effects.contains { if case .lookup = $0 { true } else { false } })
    }

    @Test("u where it cannot re-create says why and opens nothing: a refused entry, read-only, a request in flight")
    func undoRefused() {
        var state = Self.opened()
        BrowserFixtures.press([.character("j"), .character("u")], &state)
        #expect(Self.journal(state) != nil)
        #expect(state.flash?.text == "Cannot undo bbbbbbbb: no")

        var readOnly = Self.opened(readOnly: true)
        BrowserFixtures.press([.character("u")], &readOnly)
        #expect(Self.journal(readOnly) != nil)
        #expect(readOnly.flash?.text == "read-only: undo is disabled (--read-only)")
    }

    @Test("a refusal made of the journal file's text reaches the status line sanitised")
    func refusalIsSanitised() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("J")], &state)
        let hostile = JournalRow(
            id: "\u{1B}]0;x\u{07}abcdef", cells: ["now"], when: "now", contactText: "x", contact: nil, unicity: nil,
            details: [], undo: .refused("recorded against evil\u{1B}[2J.example"))
        _ = BrowserReducer.reduce(
            &state,
            .journalLoaded(JournalListing(header: ["WHEN"], shrinking: [], rows: [hostile], profile: nil, path: "/j")))
        BrowserFixtures.press([.character("u")], &state)
        let text = state.flash?.text ?? ""
        #expect(text.hasPrefix("Cannot undo"), "\(text)")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(text.debugDescription)")
    }

    @Test("cancelling the confirmation goes back to the journal as it was")
    func cancelGoesBack() {
        var state = Self.opened()
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("jeanne", &state)
        BrowserFixtures.press([.enter, .character("u"), .escape], &state)
        #expect(Self.journal(state)?.visibleRows.map(\.id) == ["cccccccc-0000"])
        #expect(state.flash?.text == "Undo cancelled")
        #expect(state.pending == nil)
    }

    @Test("a journal that cannot be read says so")
    func unreadable() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("J")], &state)
        _ = BrowserReducer.reduce(&state, .journalUnreadable("cannot read /x/journal.jsonl"))
        #expect(Self.journal(state)?.content == .unreadable("cannot read /x/journal.jsonl"))
    }
}
