import Browser
import BrowserTestSupport
import NP6
import Search
import TestTags
import Testing

@Suite("History: [ and ] between the contacts of a session", .tags(.unit))
struct HistoryTests {
    @Test(
        """
        [ brings back the previous contact with its filter, sort and selection, without a request; ] goes forward \
        again
        """
    )
    func backAndForward() {
        var state = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        BrowserFixtures.press([.character("s"), .character("S"), .character("/")], &state)
        _ = BrowserFixtures.type("!http", &state)
        BrowserFixtures.press([.enter, .character("j")], &state)
        let selected = state.selectedSubscription?.id
        let order = Array(state.visibleSubscriptions.map(\.id))
        #expect(order.count == 2)

        BrowserFixtures.lookUp("foobar", BrowserFixtures.foobar, &state)
        #expect(state.contact == .unicity("foobar"))
        #expect(state.filter.isEmpty, "a new contact starts unfiltered")

        let back = BrowserFixtures.press([.character("[")], &state)
        #expect(back.isEmpty, "nothing is fetched")
        #expect(state.contact == .unicity("jeanne.martin@example.com"))
        #expect(state.filter.text == "!http")
        #expect(state.filterField.text == "!http")
        #expect(state.sort == SortOrder(.created, descending: true))
        #expect(Array(state.visibleSubscriptions.map(\.id)) == order)
        #expect(state.selectedSubscription?.id == selected)
        #expect(state.flash?.text.contains("1 of 2") == true)

        BrowserFixtures.press([.character("]")], &state)
        #expect(state.contact == .unicity("foobar"))
        #expect(state.visibleSubscriptions.count == 2)
        BrowserFixtures.press([.character("]")], &state)
        #expect(state.contact == .unicity("foobar"), "nothing further forward")
        #expect(state.flash?.text.hasPrefix("No later contact") == true)
    }

    @Test("a new lookup from an earlier contact drops the forward history; a refresh of the same contact adds nothing")
    func newBranch() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.lookUp("jeanne.martin@example.com", BrowserFixtures.jeanne, &state)
        BrowserFixtures.press([.character("[")], &state)
        #expect(state.forwardHistory.count == 1)
        BrowserFixtures.lookUp("bob", [], &state)
        #expect(state.forwardHistory.isEmpty)
        #expect(state.backHistory.map(\.contactKey) == [.unicity("foobar")])
        let refresh = BrowserFixtures.press([.character("r")], &state)
        guard case .lookup(let generation, let target)? = refresh.first else {
            Issue.record("no refresh")
            return
        }
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: generation, target: target,
                result: .success(LookupAnswer(contact: .unicity("bob"), subscriptions: [])), now: BrowserFixtures.now))
        #expect(state.backHistory.count == 1)
    }

    @Test("[ cancels a lookup in flight, and waits while a delete is in flight")
    func pendingRequests() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.lookUp("jeanne.martin@example.com", BrowserFixtures.jeanne, &state)
        BrowserFixtures.press([.character("r")], &state)
        let effects = BrowserFixtures.press([.character("[")], &state)
        #expect(effects.contains { if case .cancel = $0 { true } else { false } })
        #expect(state.contact == .unicity("foobar") && !state.isLoading)
        BrowserFixtures.press([.character("d"), .character("y")], &state)
        #expect(state.isLoading)
        BrowserFixtures.press([.character("]")], &state)
        #expect(state.contact == .unicity("foobar"), "a delete's answer must land on its contact")
    }
}
