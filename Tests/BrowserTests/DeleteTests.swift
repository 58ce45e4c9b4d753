import Browser
import BrowserTestSupport
import NP6
import Primitives
import TestTags
import Testing

@Suite("Reducer: deleting with confirmation", .tags(.unit))
struct DeleteTests {
    static let note = WriteNote(contact: .unicity("foobar"), reason: nil)
    static let firstID = "0581e259-9039-487c-a94e-ff8c3944f956"

    func openModal() -> BrowserState {
        var state = BrowserFixtures.loaded()
        _ = BrowserFixtures.press([.character("d")], &state)
        return state
    }

    @Test("d opens a modal on the selected subscription with Cancel focused")
    func modalOpens() {
        let state = openModal()
        guard case .confirmation(let confirmation)? = state.overlay else {
            Issue.record("no modal")
            return
        }
        #expect(confirmation.subscriptions.map(\.id) == [Self.firstID])
        #expect(confirmation.focus == .cancel)
        #expect(confirmation.requestLine == "DELETE /subscriptions/\(Self.firstID)")
    }

    @Test("a stray Enter cancels: it presses the focused Cancel")
    func strayEnterCancels() {
        var state = openModal()
        #expect(BrowserFixtures.press([.enter], &state).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.subscriptions.count == 2)
    }

    @Test("n and Esc cancel", arguments: [Key.character("n"), .escape, .character("N")])
    func cancelKeys(key: Key) {
        var state = openModal()
        #expect(BrowserFixtures.press([key], &state).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.flash?.text == "Delete cancelled")
    }

    @Test("while open, the modal takes every key")
    func modalSwallowsKeys() {
        var state = openModal()
        let effects = BrowserFixtures.press(
            [
                .character("j"), .character("D"), .character("r"), .character("/"), .character("o"), .character("?"),
                .character("d"),
            ], &state)
        #expect(effects.isEmpty)
        guard case .confirmation(let confirmation)? = state.overlay else {
            Issue.record("modal closed")
            return
        }
        #expect(confirmation.subscriptions.map(\.id) == [Self.firstID])
        #expect(state.selection == 0)
    }

    @Test("y confirms; so does Enter once Delete has focus")
    func confirming() {
        var state = openModal()
        let effects = BrowserFixtures.press([.character("y")], &state)
        #expect(
            effects == [
                .deleteSubscriptions(generation: 2, subscriptions: [BrowserFixtures.foobar[0]], note: Self.note)
            ])
        #expect(state.overlay == nil)
        #expect(state.isLoading)

        var other = openModal()
        _ = BrowserFixtures.press([.right], &other)
        #expect(
            BrowserFixtures.press([.enter], &other) == [
                .deleteSubscriptions(generation: 2, subscriptions: [BrowserFixtures.foobar[0]], note: Self.note)
            ])
    }

    func confirmed() -> BrowserState {
        var state = openModal()
        _ = BrowserFixtures.press([.character("y")], &state)
        return state
    }

    @Test("204: the row disappears and a flash says what was deleted")
    func deleted() {
        var state = confirmed()
        #expect(
            BrowserReducer.reduce(
                &state,
                .deleteFinished(
                    generation: 2, results: [RequestResult(subscription: BrowserFixtures.foobar[0], error: nil)])
            ).isEmpty)
        #expect(state.visibleSubscriptions.map(\.id) == ["ee3c161a-2ab2-4f10-b4f8-bd501eb14e50"])
        #expect(
            state.flash
                == Flash(
                    "Deleted firebase d4FAelIfRE…Yo.... (Shop mobile app) (u undoes)", kind: .success, now: state.now))
        #expect(!state.isLoading)
    }

    @Test("404: already gone, and the row disappears")
    func alreadyGone() {
        var state = confirmed()
        _ = BrowserReducer.reduce(
            &state,
            .deleteFinished(
                generation: 2,
                results: [
                    RequestResult(subscription: BrowserFixtures.foobar[0], error: .notFound(subject: "subscription"))
                ]))
        #expect(state.subscriptions.count == 1)
        #expect(state.flash?.text.hasPrefix("Already gone") == true)
    }

    @Test(
        "timeout or 5xx: the outcome is unknown, the list is fetched again, and the refresh settles it",
        arguments: [
            NP6Error.timeout(seconds: 30), .serverError(status: 502, excerpt: "502 Bad Gateway"),
        ])
    func unknownOutcome(error: NP6Error) {
        var state = confirmed()
        let effects = BrowserReducer.reduce(
            &state,
            .deleteFinished(
                generation: 2, results: [RequestResult(subscription: BrowserFixtures.foobar[0], error: error)]))
        #expect(effects == [.lookup(generation: 3, target: .contact(.unicity("foobar")))])
        #expect(state.banner?.title == "Outcome unknown")
        #expect(state.banner?.message.contains(error.message) == true)
        #expect(state.subscriptions.count == 2, "nothing is removed on a guess")
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: 3, target: .contact(.unicity("foobar")),
                result: .success(LookupAnswer(contact: .unicity("foobar"), subscriptions: [BrowserFixtures.foobar[1]])),
                now: state.now))
        #expect(state.banner?.title == "Outcome unknown, now resolved")
        #expect(state.banner?.message.contains("is gone: the delete happened") == true)
    }

    @Test("the re-check's verdict is handed to the journal, entry by entry: happened, did not happen")
    func settlementsReachTheJournal() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character(" "), .character(" "), .character("d"), .character("y")], &state)
        let lost = NP6Error.connectionLost(host: "h", reason: "the answer broke off")
        _ = BrowserReducer.reduce(
            &state,
            .deleteFinished(
                generation: 2,
                results: [
                    RequestResult(subscription: BrowserFixtures.foobar[0], error: lost, journalEntry: "entry-a"),
                    RequestResult(subscription: BrowserFixtures.foobar[1], error: lost, journalEntry: "entry-b"),
                ]))
        let effects = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: 3, target: .contact(.unicity("foobar")),
                result: .success(LookupAnswer(contact: .unicity("foobar"), subscriptions: [BrowserFixtures.foobar[1]])),
                now: state.now))
        #expect(
            effects == [
                .settleJournal([
                    JournalSettlement(entry: "entry-a", finding: .happened),
                    JournalSettlement(entry: "entry-b", finding: .didNotHappen),
                ])
            ])
        #expect(state.banner?.title == "Outcome unknown, partly resolved")
    }

    @Test("any other failure: the row stays and the error shows")
    func otherFailure() {
        var state = confirmed()
        #expect(
            BrowserReducer.reduce(
                &state,
                .deleteFinished(
                    generation: 2, results: [RequestResult(subscription: BrowserFixtures.foobar[0], error: .forbidden)])
            ).isEmpty)
        #expect(state.subscriptions.count == 2)
        #expect(state.banner?.title == "Delete failed")
        #expect(state.banner?.message.contains("403 Forbidden") == true)
    }

    @Test("an answer for another generation is ignored")
    func staleDeleteAnswer() {
        var state = confirmed()
        _ = BrowserReducer.reduce(
            &state,
            .deleteFinished(
                generation: 1, results: [RequestResult(subscription: BrowserFixtures.foobar[0], error: nil)]))
        #expect(state.subscriptions.count == 2)
        #expect(state.isLoading)
    }

    @Test("read-only: d and D flash why and open nothing")
    func readOnly() {
        var state = BrowserFixtures.loaded(readOnly: true)
        #expect(BrowserFixtures.press([.character("d")], &state).isEmpty)
        #expect(state.overlay == nil)
        #expect(state.flash?.text.hasPrefix("read-only") == true)
        #expect(BrowserFixtures.press([.character("D")], &state).isEmpty)
        #expect(state.overlay == nil)
    }

    @Test("no new lookup starts while a delete is in flight")
    func noLookupDuringDelete() {
        var state = confirmed()
        #expect(BrowserFixtures.press([.character("r")], &state).isEmpty)
        #expect(state.flash?.text.contains("delete is in progress") == true)
    }
}

@Suite("Reducer: deleting all of a contact's subscriptions", .tags(.unit))
struct DeleteAllTests {
    static let note = DeleteTests.note
    @Test("D says how many and in which applications, and needs the unicity typed")
    func byUnicity() {
        var state = BrowserFixtures.loaded()
        _ = BrowserFixtures.press([.character("D")], &state)
        guard case .confirmation(let confirmation)? = state.overlay,
            case .deleteAll(.unicity("foobar"), let subscriptions, let applications) = confirmation.subject
        else {
            Issue.record("no modal")
            return
        }
        #expect(subscriptions.count == 2)
        #expect(applications.map(\.name) == ["Shop mobile app"])
        #expect(applications.map(\.count) == [2])
        #expect(confirmation.typed?.expected == "foobar")
        #expect(confirmation.requestLine == "DELETE /targets/subscriptions?unicity=foobar")

        #expect(BrowserFixtures.press([.enter], &state).isEmpty, "Enter alone never confirms")
        _ = BrowserFixtures.type("fooba", &state)
        #expect(BrowserFixtures.press([.enter], &state).isEmpty)
        if case .confirmation(let wrong)? = state.overlay {
            #expect(wrong.typed?.mismatch == true)
        } else {
            Issue.record("modal closed")
        }
        _ = BrowserFixtures.type("r", &state)
        #expect(
            BrowserFixtures.press([.enter], &state) == [
                .deleteAll(
                    generation: 2, contact: .unicity("foobar"), subscriptions: BrowserFixtures.foobar, note: Self.note)
            ])
        #expect(state.overlay == nil)
    }

    @Test(
        "looked up by hash or id, the number of subscriptions is typed instead",
        arguments: [
            ContactKey.hash("3858f62230ac3c915f300c664312c63f"), .contactID("00000001"),
        ])
    func byHashOrID(contact: ContactKey) {
        var state = BrowserFixtures.loaded(contact: contact)
        _ = BrowserFixtures.press([.character("D")], &state)
        _ = BrowserFixtures.type("foobar", &state)
        #expect(BrowserFixtures.press([.enter], &state).isEmpty)
        _ = BrowserFixtures.press([.control("u")], &state)
        _ = BrowserFixtures.type("2", &state)
        #expect(
            BrowserFixtures.press([.enter], &state) == [
                .deleteAll(
                    generation: 2, contact: contact, subscriptions: BrowserFixtures.foobar,
                    note: WriteNote(contact: contact, reason: nil))
            ])
    }

    @Test("the modal swallows q and Esc cancels it")
    func cancel() {
        var state = BrowserFixtures.loaded()
        _ = BrowserFixtures.press([.character("D")], &state)
        #expect(BrowserFixtures.press([.character("q")], &state).isEmpty)
        if case .confirmation(let confirmation)? = state.overlay {
            #expect(confirmation.typed?.field.text == "q")
        } else {
            Issue.record("modal closed")
        }
        _ = BrowserFixtures.press([.escape], &state)
        #expect(state.overlay == nil)
    }

    @Test("after the bulk delete it fetches again and says what went")
    func afterwards() {
        var state = BrowserFixtures.loaded()
        _ = BrowserFixtures.press([.character("D")], &state)
        _ = BrowserFixtures.type("foobar", &state)
        _ = BrowserFixtures.press([.enter], &state)
        let effects = BrowserReducer.reduce(
            &state,
            .deleteAllFinished(generation: 2, contact: .unicity("foobar"), count: 2, error: nil, journalEntry: "e1"))
        #expect(effects == [.lookup(generation: 3, target: .contact(.unicity("foobar")))])
        #expect(state.flash?.text == "Deleted all 2 subscriptions of unicity: foobar (u undoes)")
        #expect(state.lastDeleted == BrowserFixtures.foobar)
    }
}

@Suite("Reducer: the reason of a write", .tags(.unit))
struct ReasonTests {
    @Test(
        """
        Tab reaches the reason field, where letters are typed (y is not a yes); it goes to the journal note and \
        the next confirmation
        """
    )
    func typedReason() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("d"), .tab], &state)
        guard case .confirmation(let opened)? = state.overlay else {
            Issue.record("no modal")
            return
        }
        #expect(opened.reasonFocused)
        #expect(KeyMap.context(of: state) == .reasonField)
        #expect(BrowserFixtures.type("TICKET-42 yes", &state).isEmpty, "y and n are typed, nothing is confirmed")
        BrowserFixtures.press([.enter], &state)
        guard case .confirmation(let left)? = state.overlay else {
            Issue.record("modal closed")
            return
        }
        #expect(!left.reasonFocused && left.focus == .confirm, "Enter leaves the field for the Delete button")
        let effects = BrowserFixtures.press([.enter], &state)
        #expect(
            effects == [
                .deleteSubscriptions(
                    generation: 2, subscriptions: [BrowserFixtures.foobar[0]],
                    note: WriteNote(contact: .unicity("foobar"), reason: "TICKET-42 yes"))
            ])
        _ = BrowserReducer.reduce(
            &state,
            .deleteFinished(
                generation: 2, results: [RequestResult(subscription: BrowserFixtures.foobar[0], error: nil)]))
        BrowserFixtures.press([.character("u")], &state)
        guard case .confirmation(let undo)? = state.overlay else {
            Issue.record("no undo modal")
            return
        }
        #expect(undo.reason.text == "TICKET-42 yes", "the next confirmation offers the same reason")
    }

    static func openedReason(_ state: BrowserState) -> String? {
        guard case .confirmation(let confirmation)? = state.overlay else { return nil }
        return confirmation.reason.text
    }

    @Test(
        """
        a reason is offered again only for its own contact and profile: another lookup, [ to another contact and \
        P start empty; ↑ in the reason field recalls it
        """
    )
    func reasonScopedToContact() throws {
        let profiles = BrowserFixtures.profiles
        var state = BrowserFixtures.loaded(profile: profiles[0], profiles: profiles)
        BrowserFixtures.press([.character("d"), .tab], &state)
        _ = BrowserFixtures.type("INC-1", &state)
        let effects = BrowserFixtures.press([.enter, .enter], &state)
        #expect(effects.count == 1)
        _ = BrowserReducer.reduce(
            &state,
            .deleteFinished(
                generation: state.pending!.generation,
                results: [RequestResult(subscription: BrowserFixtures.foobar[0], error: nil)]))

        BrowserFixtures.lookUp("jeanne", BrowserFixtures.jeanne, &state)
        BrowserFixtures.press([.character("d")], &state)
        #expect(Self.openedReason(state) == "", "another contact's ticket is not filled in")
        BrowserFixtures.press([.tab, .up], &state)
        #expect(Self.openedReason(state) == "INC-1", "↑ recalls it on purpose")
        BrowserFixtures.press([.down], &state)
        #expect(Self.openedReason(state) == "")
        BrowserFixtures.press([.escape], &state)

        BrowserFixtures.press([.character("[")], &state)
        #expect(state.contact == .unicity("foobar"))
        BrowserFixtures.press([.character("d")], &state)
        #expect(Self.openedReason(state) == "INC-1", "the same contact under the same profile keeps its reason")
        BrowserFixtures.press([.escape, .character("]")], &state)
        BrowserFixtures.press([.character("d")], &state)
        #expect(Self.openedReason(state) == "", "] to another contact starts empty too")
        BrowserFixtures.press([.escape], &state)

        BrowserFixtures.press([.character("P"), .character("j")], &state)
        let switching = try #require(ProfileTests.switchEffect(BrowserFixtures.press([.enter], &state)))
        _ = BrowserReducer.reduce(
            &state,
            .profileSwitched(
                generation: switching.generation,
                connection: state.environment.connection(for: profiles[1], baseURL: .production)))
        BrowserFixtures.lookUp("foobar", BrowserFixtures.foobar, &state)
        BrowserFixtures.press([.character("d")], &state)
        #expect(Self.openedReason(state) == "", "the same unicity in another account is another contact")
    }

    @Test("--reason prefills every confirmation, D's included, and an empty reason records none")
    func sessionReason() {
        var state = BrowserState(
            environment: BrowserEnvironment(host: "api-cm.np6.com", reason: "INC-7"),
            size: TerminalSize(rows: 40, columns: 120), now: BrowserFixtures.now)
        _ = BrowserReducer.start(&state, lookingUp: .contact(.unicity("foobar")))
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: 1, target: .contact(.unicity("foobar")),
                result: .success(LookupAnswer(contact: .unicity("foobar"), subscriptions: BrowserFixtures.foobar)),
                now: BrowserFixtures.now))
        BrowserFixtures.press([.character("D")], &state)
        guard case .confirmation(let all)? = state.overlay else {
            Issue.record("no modal")
            return
        }
        #expect(all.reason.text == "INC-7")
        BrowserFixtures.press([.tab, .control("u"), .tab], &state)
        _ = BrowserFixtures.type("foobar", &state)
        let effects = BrowserFixtures.press([.enter], &state)
        #expect(
            effects == [
                .deleteAll(
                    generation: 2, contact: .unicity("foobar"), subscriptions: BrowserFixtures.foobar,
                    note: WriteNote(contact: .unicity("foobar"), reason: nil))
            ])
    }

    @Test(
        """
        q while a delete is in flight asks first; Esc keeps waiting; Ctrl-C quits at once; the status line offers \
        only working keys
        """
    )
    func quitDuringDelete() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("d"), .character("y")], &state)
        #expect(state.isLoading)
        let hints = BrowserReducer.hints(for: state).map(\.text)
        #expect(
            !hints.contains("lookup") && !hints.contains("refresh") && !hints.contains("delete")
                && !hints.contains("undo"), "\(hints)")
        #expect(BrowserFixtures.press([.character("q")], &state).isEmpty)
        guard case .confirmation(let question)? = state.overlay, case .quit = question.subject else {
            Issue.record("no question")
            return
        }
        BrowserFixtures.press([.escape], &state)
        #expect(state.overlay == nil && state.isLoading)
        #expect(state.flash?.text == "Still deleting: its answer will show here")
        BrowserFixtures.press([.character("q")], &state)
        let quit = BrowserFixtures.press([.character("y")], &state)
        #expect(quit.contains(.quit))
        var other = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("d"), .character("y")], &other)
        #expect(BrowserFixtures.press([.control("c")], &other).contains(.quit))
        var idle = BrowserFixtures.loaded()
        #expect(BrowserFixtures.press([.character("q")], &idle) == [.quit], "without a write in flight q quits at once")
    }

    @Test("undo is not offered for a delete a re-check showed did not happen")
    func noUndoAfterVerifiedFailure() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("d"), .character("y")], &state)
        let effects = BrowserReducer.reduce(
            &state,
            .deleteFinished(
                generation: 2,
                results: [
                    RequestResult(
                        subscription: BrowserFixtures.foobar[0], error: .timeout(seconds: 30), journalEntry: "e1")
                ]))
        #expect(state.lastDeleted.count == 1, "unknown: it may have been deleted")
        guard case .lookup(let generation, let target)? = effects.first else {
            Issue.record("no re-check")
            return
        }
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: generation, target: target,
                result: .success(LookupAnswer(contact: .unicity("foobar"), subscriptions: BrowserFixtures.foobar)),
                now: BrowserFixtures.now))
        #expect(state.lastDeleted.isEmpty)
        #expect(!BrowserReducer.hints(for: state).map(\.text).contains("undo"))
        BrowserFixtures.press([.character("u")], &state)
        #expect(state.flash?.text == "Nothing to undo: the last delete did not happen")
    }
}
