import Browser
import BrowserTestSupport
import NP6
import TestTags
import Testing

@Suite("Reducer: marks, deleting several, undo, read-only", .tags(.unit))
struct MarksAndUndoTests {
    static let jeanneContact = ContactKey.unicity("jeanne.martin@example.com")

    func jeanne(readOnly: Bool = false) -> BrowserState {
        BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: Self.jeanneContact, readOnly: readOnly)
    }

    @Test("Space marks the row and moves down; again unmarks; Esc clears all marks")
    func marking() {
        var state = jeanne()
        BrowserFixtures.press([.character(" ")], &state)
        #expect(state.marked == [BrowserFixtures.jeanne[0].id])
        #expect(state.selection == 1)
        BrowserFixtures.press([.character(" "), .character("k"), .character(" ")], &state)
        #expect(state.marked == [BrowserFixtures.jeanne[0].id])
        BrowserFixtures.press([.escape], &state)
        #expect(state.marked.isEmpty)
    }

    @Test("d with marks deletes every marked subscription and warns about those the filter hides")
    func deleteMarkedWithFilter() {
        var state = jeanne()
        BrowserFixtures.press([.character(" "), .character(" ")], &state)  // firebase and apns
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("apns", &state)
        BrowserFixtures.press([.enter, .character("d")], &state)
        guard case .confirmation(let confirmation)? = state.overlay,
            case .deleteSubscriptions(_, let hiddenByFilter) = confirmation.subject
        else {
            Issue.record("no modal")
            return
        }
        #expect(confirmation.subscriptions.map(\.id) == Array(BrowserFixtures.jeanne.prefix(2)).map(\.id))
        #expect(hiddenByFilter == 1)
        #expect(confirmation.requestLine == "2 × DELETE /subscriptions/{id}, one per subscription")
        let effects = BrowserFixtures.press([.character("y")], &state)
        #expect(
            effects == [
                .deleteSubscriptions(
                    generation: 2, subscriptions: Array(BrowserFixtures.jeanne.prefix(2)),
                    note: WriteNote(contact: state.contact, reason: nil))
            ])
    }

    @Test("a summary says what succeeded and what failed; failed rows stay marked")
    func summary() {
        var state = jeanne()
        BrowserFixtures.press(
            [.character(" "), .character(" "), .character(" "), .character("d"), .character("y")], &state)
        _ = BrowserReducer.reduce(
            &state,
            .deleteFinished(
                generation: 2,
                results: [
                    RequestResult(subscription: BrowserFixtures.jeanne[0], error: nil),
                    RequestResult(subscription: BrowserFixtures.jeanne[1], error: .notFound(subject: "subscription")),
                    RequestResult(subscription: BrowserFixtures.jeanne[2], error: .forbidden),
                ]))
        #expect(state.subscriptions.map(\.id) == [BrowserFixtures.jeanne[2].id])
        #expect(state.marked == [BrowserFixtures.jeanne[2].id])
        #expect(state.banner?.title == "Some deletes failed")
        #expect(
            state.banner?.message.hasPrefix("Deleted 1 of 3 subscriptions; 1 already gone; 1 failed (403 Forbidden")
                == true)
        #expect(state.lastDeleted == [BrowserFixtures.jeanne[0]])
    }

    @Test("u asks first, then re-creates the last delete's subscriptions and fetches again")
    func undo() {
        var state = BrowserFixtures.loaded()
        #expect(BrowserFixtures.press([.character("u")], &state).isEmpty)
        #expect(state.flash?.text.hasPrefix("Nothing to undo") == true)
        BrowserFixtures.press([.character("d"), .character("y")], &state)
        _ = BrowserReducer.reduce(
            &state,
            .deleteFinished(
                generation: 2, results: [RequestResult(subscription: BrowserFixtures.foobar[0], error: nil)]))
        BrowserFixtures.press([.character("u")], &state)
        #expect(state.overlay == .confirmation(Confirmation(.restore([BrowserFixtures.foobar[0]]))))
        #expect(BrowserFixtures.press([.enter], &state).isEmpty, "Enter presses Cancel")
        BrowserFixtures.press([.character("u")], &state)
        #expect(
            BrowserFixtures.press([.character("y")], &state) == [
                .restore(
                    generation: 3, subscriptions: [BrowserFixtures.foobar[0]],
                    note: WriteNote(contact: .unicity("foobar"), reason: nil))
            ])
        let effects = BrowserReducer.reduce(
            &state,
            .restoreFinished(
                generation: 3, results: [RequestResult(subscription: BrowserFixtures.foobar[0], error: nil)]))
        #expect(effects == [.lookup(generation: 4, target: .contact(.unicity("foobar")))])
        #expect(state.flash?.text == "Re-created 1 subscription")
        #expect(state.lastDeleted.isEmpty)
    }

    @Test("a delete refused because the journal cannot be written sends nothing and says why")
    func journalRefusal() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("d"), .character("y")], &state)
        _ = BrowserReducer.reduce(&state, .writeRefused(generation: 2, reason: "Cannot write the journal (disk full)."))
        #expect(
            state.banner
                == Banner(title: "Delete refused", message: "Cannot write the journal (disk full). Nothing was sent."))
        #expect(state.subscriptions.count == 2)
        #expect(state.lastDeleted.isEmpty)
    }

    @Test("an undo refused for the same reason says it is the undo that was not sent")
    func journalRefusalOfUndo() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("d"), .character("y")], &state)
        _ = BrowserReducer.reduce(
            &state,
            .deleteFinished(
                generation: 2, results: [RequestResult(subscription: BrowserFixtures.foobar[0], error: nil)]))
        BrowserFixtures.press([.character("u"), .character("y")], &state)
        _ = BrowserReducer.reduce(&state, .writeRefused(generation: 3, reason: "Cannot write the journal (disk full)."))
        #expect(state.banner?.title == "Undo refused")
        #expect(state.lastDeleted == [BrowserFixtures.foobar[0]], "still there to undo once the journal works")
        #expect(!state.isLoading)
    }

    @Test("read-only: d, D and u flash read-only and open nothing")
    func readOnly() {
        var state = jeanne(readOnly: true)
        for key in ["d", "D", "u"] {
            #expect(BrowserFixtures.press([.character(Character(key))], &state).isEmpty)
            #expect(state.flash?.text.hasPrefix("read-only") == true, "\(key)")
            #expect(state.overlay == nil)
        }
    }
}
