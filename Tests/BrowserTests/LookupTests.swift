import Browser
import BrowserTestSupport
import NP6
import Primitives
import TestTags
import Testing

@Suite("Reducer: looking contacts up", .tags(.unit))
struct LookupTests {
    /// foobar loaded, then `r`, whose lookup fails with `error`.
    static func refreshFailing(with error: NP6Error) -> BrowserState {
        var state = BrowserFixtures.loaded()
        _ = BrowserFixtures.press([.character("r")], &state)
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: state.pending!.generation, target: .contact(.unicity("foobar")),
                result: .failure(error), now: BrowserFixtures.now))
        return state
    }

    let size = TerminalSize(rows: 40, columns: 120)

    @Test("without a contact it opens on the prompt and loads application names")
    func startsOnPrompt() {
        var state = BrowserState(environment: BrowserFixtures.environment(), size: size, now: BrowserFixtures.now)
        let effects = BrowserReducer.start(&state, lookingUp: nil)
        #expect(effects == [.loadApplications])
        #expect(state.overlay == .prompt(LookupPrompt(kind: .unicity)))
    }

    @Test("with a contact it fetches it at once, and remembers the lookup once it answered")
    func startsOnContact() {
        var state = BrowserState(environment: BrowserFixtures.environment(), size: size, now: BrowserFixtures.now)
        let effects = BrowserReducer.start(&state, lookingUp: .contact(.unicity("foobar")))
        #expect(effects == [.loadApplications, .lookup(generation: 1, target: .contact(.unicity("foobar")))])
        #expect(state.isLoading)
        let answered = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: 1, target: .contact(.unicity("foobar")),
                result: .success(LookupAnswer(contact: .unicity("foobar"), subscriptions: BrowserFixtures.foobar)),
                now: BrowserFixtures.now))
        #expect(answered == [.saveRecentLookups([RecentLookup(kind: .unicity, value: "foobar")])])
    }

    @Test(
        """
        a failed lookup is not remembered, r retries it (not the contact on screen), and Esc dismisses its band \
        before cancelling anything
        """
    )
    func failedLookupRetry() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("o")], &state)
        _ = BrowserFixtures.type("typo@example.com", &state)
        BrowserFixtures.press([.enter], &state)
        let failed = LookupTarget.contact(.unicity("typo@example.com"))
        let answer = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: state.pending!.generation, target: failed, result: .failure(.notFound(subject: "contact")),
                now: BrowserFixtures.now))
        #expect(answer.isEmpty, "nothing saved")
        #expect(!state.recentLookups.contains(RecentLookup(kind: .unicity, value: "typo@example.com")))
        #expect(state.contact == .unicity("foobar"), "the contact on screen stays")
        let retry = BrowserFixtures.press([.character("r")], &state)
        #expect(retry.contains(.lookup(generation: state.pending!.generation, target: failed)))
        #expect(state.banner == nil)
        // The retry fails too; with its band still up, another lookup starts.
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: state.pending!.generation, target: failed, result: .failure(.notFound(subject: "contact")),
                now: BrowserFixtures.now))
        BrowserFixtures.press([.character("o")], &state)
        _ = BrowserFixtures.type("foobar", &state)
        BrowserFixtures.press([.enter], &state)
        #expect(state.banner != nil && state.isLoading)
        #expect(BrowserFixtures.press([.escape], &state).isEmpty, "the first Esc only dismisses the band")
        #expect(state.banner == nil)
        #expect(state.isLoading)
        #expect(BrowserFixtures.press([.escape], &state).contains { if case .cancel = $0 { true } else { false } })
    }

    @Test(
        """
        the prompt guesses the kind from the text: @ a unicity, 32 hex digits a hash, a UUID a subscription id; \
        Tab overrides
        """,
        arguments: [
            ("jeanne.martin@example.com", LookupKind.unicity), ("3858f62230ac3c915f300c664312c63f", .hash),
            ("0581e259-9039-487c-a94e-ff8c3944f956", .subscriptionID), ("foobar", .unicity), ("00000001", .unicity),
            ("3858F62230AC3C915F300C664312C63F", .hash), ("3858f62230ac3c915f300c664312c63", .unicity),
        ])
    func guessesKind(text: String, kind: LookupKind) {
        var state = BrowserState(
            environment: BrowserFixtures.environment(), size: size, now: BrowserFixtures.now,
            recentLookups: [RecentLookup(kind: .hash, value: "3858f62230ac3c915f300c664312c63f")])
        _ = BrowserReducer.start(&state, lookingUp: nil)
        _ = BrowserFixtures.type(text, &state)
        guard case .prompt(let prompt)? = state.overlay else {
            Issue.record("no prompt")
            return
        }
        #expect(prompt.kind == kind)
        #expect(!prompt.kindChosen)
        let effects = BrowserFixtures.press([.enter], &state)
        #expect(effects.contains(.lookup(generation: 1, target: LookupTarget(kind: kind, value: text))))
    }

    @Test("Tab's choice stays while typing; the prompt says whether the kind was guessed or chosen")
    func tabOverridesGuess() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("o")], &state)
        _ = BrowserFixtures.type("a@b", &state)
        guard case .prompt(let guessed)? = state.overlay else {
            Issue.record("no prompt")
            return
        }
        #expect(guessed.kindReason == "guessed: it has an @")
        BrowserFixtures.press([.tab], &state)
        _ = BrowserFixtures.type("c", &state)
        guard case .prompt(let chosen)? = state.overlay else {
            Issue.record("no prompt")
            return
        }
        #expect(chosen.kind == .hash)
        #expect(chosen.kindReason == "chosen with Tab")
    }

    @Test("a kind recalled with ↑ says it was recalled, not chosen with Tab; typing keeps it")
    func recalledKindSaysSo() throws {
        var state = BrowserFixtures.loaded(recentLookups: [RecentLookup(kind: .hash, value: "abc")])
        // The lookup of foobar is the newest; the hash is one further back.
        BrowserFixtures.press([.character("o"), .up, .up], &state)
        guard case .prompt(let recalled)? = state.overlay else {
            Issue.record("no prompt")
            return
        }
        #expect(recalled.kind == .hash && recalled.field.text == "abc")
        #expect(recalled.kindReason == "recalled with the lookup")
        BrowserFixtures.press([.tab], &state)
        guard case .prompt(let chosen)? = state.overlay else { return }
        #expect(chosen.kindReason == "chosen with Tab")
    }

    @Test("a flash leaves with the next action: \"Marks cleared\" does not stay through the next keys")
    func flashLeavesWithNextAction() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character(" "), .escape], &state)
        #expect(state.flash?.text == "Marks cleared")
        BrowserFixtures.press([.character("j")], &state)
        #expect(state.flash == nil, "the next key takes it away")
        BrowserFixtures.press([.character("k"), .character("u")], &state)
        #expect(state.flash?.text.hasPrefix("Nothing to undo") == true, "an action's own flash still shows")
    }

    @Test("an answer fills the list and selects the first row")
    func answerFillsList() {
        let state = BrowserFixtures.loaded()
        #expect(state.contact == .unicity("foobar"))
        #expect(state.visibleSubscriptions.map(\.id) == BrowserFixtures.foobar.map(\.id))
        #expect(state.selectedSubscription?.id == "0581e259-9039-487c-a94e-ff8c3944f956")
        #expect(state.pending == nil)
        #expect(state.fetchedAt == BrowserFixtures.now - 3)
        #expect(state.applicationLabel(for: BrowserFixtures.foobar[0]) == "Shop mobile app")
    }

    @Test("a new lookup cancels the one in flight, and the late answer to the old one is thrown away")
    func staleAnswersAreIgnored() {
        var state = BrowserState(environment: BrowserFixtures.environment(), size: size, now: BrowserFixtures.now)
        _ = BrowserReducer.start(&state, lookingUp: .contact(.unicity("first")))
        BrowserFixtures.press([.character("o"), .tab], &state)
        _ = BrowserFixtures.type("abc", &state)
        if case .prompt(let prompt)? = state.overlay {
            #expect(prompt.kind == .hash && prompt.kindChosen && prompt.field.text == "abc")
        }
        let effects = BrowserFixtures.press([.enter], &state)
        #expect(effects.first == .cancel(generation: 1))
        #expect(effects.contains(.lookup(generation: 2, target: .contact(.hash("abc")))))
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: 1, target: .contact(.unicity("first")),
                result: .success(LookupAnswer(contact: .unicity("first"), subscriptions: BrowserFixtures.jeanne)),
                now: BrowserFixtures.now))
        #expect(state.contact == nil)
        #expect(state.subscriptions.isEmpty)
        #expect(state.pending?.generation == 2)
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: 2, target: .contact(.hash("abc")),
                result: .success(LookupAnswer(contact: .hash("abc"), subscriptions: BrowserFixtures.foobar)),
                now: BrowserFixtures.now))
        #expect(state.contact == .hash("abc"))
        #expect(state.subscriptions.count == 2)
    }

    @Test("Esc while loading cancels the request")
    func escapeCancels() {
        var state = BrowserState(environment: BrowserFixtures.environment(), size: size, now: BrowserFixtures.now)
        _ = BrowserReducer.start(&state, lookingUp: .contact(.unicity("foobar")))
        #expect(BrowserFixtures.press([.escape], &state) == [.cancel(generation: 1)])
        #expect(!state.isLoading)
        #expect(state.flash?.text == "Cancelled")
    }

    @Test(
        "the banner offers r only where a retry can help, after a separator: never after a 404 or a refused key",
        arguments: [
            (NP6Error.notFound(subject: "contact"), false), (.unauthorized, false), (.forbidden, false),
            (.timeout(seconds: 10), true), (.serverError(status: 503, excerpt: ""), true),
            (.connectionFailed(host: "api-cm.np6.com", reason: "refused"), true),
        ])
    func retryHint(error: NP6Error, retryHelps: Bool) throws {
        let state = Self.refreshFailing(with: error)
        let banner = try #require(state.banner)
        let text = BannerText.lines(banner, width: 400).joined(separator: " ")
        #expect(text.contains("press r to retry") == retryHelps, "\(text)")
        if retryHelps { #expect(text.contains(error.message + " — press r to retry it"), "\(text)") }
        #expect(!text.contains("\\n") && !text.contains("\n"))
    }

    @Test("a failed lookup shows the NP6 module's message in a banner that stays")
    func failureShowsBanner() {
        var state = Self.refreshFailing(with: .unauthorized)
        #expect(
            state.banner
                == Banner(
                    title: "Lookup of unicity \"foobar\" failed", message: NP6Error.unauthorized.message))
        _ = BrowserReducer.reduce(&state, .tick(now: BrowserFixtures.now + 60))
        #expect(state.banner != nil)
        #expect(state.subscriptions.count == 2, "the last good list stays")
        _ = BrowserFixtures.press([.escape], &state)
        #expect(state.banner == nil)
    }

    @Test("refresh keeps the selection on the same subscription")
    func refreshKeepsSelection() {
        var state = BrowserFixtures.loaded()
        _ = BrowserFixtures.press([.character("j")], &state)
        let effects = BrowserFixtures.press([.character("r")], &state)
        #expect(effects == [.lookup(generation: 2, target: .contact(.unicity("foobar")))])
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: 2, target: .contact(.unicity("foobar")),
                result: .success(
                    LookupAnswer(contact: .unicity("foobar"), subscriptions: BrowserFixtures.foobar.reversed())),
                now: BrowserFixtures.now))
        #expect(state.selectedSubscription?.id == "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50")
        #expect(state.selection == 0)
    }

    @Test("the prompt cycles kinds with Tab, recalls recent lookups with ↑/↓, and fetches on Enter")
    func prompt() {
        var state = BrowserState(
            environment: BrowserFixtures.environment(), size: size, now: BrowserFixtures.now,
            recentLookups: [
                RecentLookup(kind: .hash, value: "3858f6"), RecentLookup(kind: .unicity, value: "bob+test@example.com"),
            ])
        _ = BrowserReducer.start(&state, lookingUp: nil)
        guard case .prompt(let opened)? = state.overlay else {
            Issue.record("no prompt")
            return
        }
        #expect(opened.kind == .unicity, "opens guessing, not on the last kind used")
        _ = BrowserFixtures.press([.tab, .tab], &state)
        if case .prompt(let prompt)? = state.overlay { #expect(prompt.kind == .contactID) }
        _ = BrowserFixtures.press([.up, .up], &state)
        if case .prompt(let prompt)? = state.overlay {
            #expect(prompt.kind == .unicity)
            #expect(prompt.field.text == "bob+test@example.com")
        }
        _ = BrowserFixtures.press([.down], &state)
        if case .prompt(let prompt)? = state.overlay { #expect(prompt.field.text == "3858f6") }
        let effects = BrowserFixtures.press([.enter], &state)
        #expect(effects.contains(.lookup(generation: 1, target: .contact(.hash("3858f6")))))
        #expect(state.overlay == nil)
    }

    @Test("Esc closes the prompt; Enter on an empty prompt does nothing")
    func promptEscape() {
        var state = BrowserFixtures.loaded()
        _ = BrowserFixtures.press([.character("o")], &state)
        #expect(BrowserFixtures.press([.enter], &state).isEmpty)
        #expect(state.overlay != nil)
        _ = BrowserFixtures.press([.escape], &state)
        #expect(state.overlay == nil)
    }

    @Test("a lookup by subscription id selects that subscription")
    func subscriptionLookupSelects() {
        var state = BrowserState(environment: BrowserFixtures.environment(), size: size, now: BrowserFixtures.now)
        let target = LookupTarget.subscription(id: "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50")
        _ = BrowserReducer.start(&state, lookingUp: target)
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: 1, target: target,
                result: .success(
                    LookupAnswer(
                        contact: .unicity("foobar"), subscriptions: BrowserFixtures.foobar,
                        selectID: "ee3c161a-2ab2-4f10-b4f8-bd501eb14e50")),
                now: BrowserFixtures.now))
        #expect(state.contact == .unicity("foobar"))
        #expect(state.selection == 1)
    }

    @Test("recent lookups are deduplicated, newest first, at most 20")
    func recentLookups() {
        var state = BrowserFixtures.loaded()
        for index in 0..<25 {
            BrowserFixtures.press([.character("o")], &state)
            _ = BrowserFixtures.type("c\(index)", &state)
            _ = BrowserFixtures.press([.enter], &state)
            answer("c\(index)")
        }
        BrowserFixtures.press([.character("o")], &state)
        _ = BrowserFixtures.type("c3", &state)
        _ = BrowserFixtures.press([.enter], &state)
        answer("c3")
        func answer(_ unicity: String) {
            _ = BrowserReducer.reduce(
                &state,
                .lookupFinished(
                    generation: state.pending!.generation, target: .contact(.unicity(unicity)),
                    result: .success(LookupAnswer(contact: .unicity(unicity), subscriptions: [])),
                    now: BrowserFixtures.now))
        }
        #expect(state.recentLookups.count == 20)
        #expect(state.recentLookups.first == RecentLookup(kind: .unicity, value: "c3"))
        #expect(state.recentLookups.filter { $0.value == "c3" }.count == 1)
    }

    @Test("when application names are refused, rows show the UUID and a warning flashes")
    func applicationsForbidden() {
        var state = BrowserFixtures.loaded(applications: false)
        _ = BrowserReducer.reduce(&state, .applicationsFinished(.failure(.forbidden)))
        #expect(state.applicationLabel(for: BrowserFixtures.foobar[0]) == BrowserFixtures.shopID)
        #expect(state.flash?.kind == .warning)
        #expect(state.flash?.text.contains("403") == true)
    }
}

@Suite("Reducer: sticky banners", .tags(.unit))
struct StickyBannerTests {
    @Test("a sticky banner (an earlier run's unknown outcome) survives a successful lookup; Esc clears it")
    func sticky() {
        var state = BrowserState(
            environment: BrowserFixtures.environment(), size: TerminalSize(rows: 40, columns: 120),
            now: BrowserFixtures.now)
        _ = BrowserReducer.reduce(
            &state,
            .showBanner(
                Banner(title: "Outcome unknown", message: "1 journalled request never recorded an answer", sticky: true)
            ))
        _ = BrowserReducer.start(&state, lookingUp: .contact(.unicity("foobar")))
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: 1, target: .contact(.unicity("foobar")),
                result: .success(LookupAnswer(contact: .unicity("foobar"), subscriptions: BrowserFixtures.foobar)),
                now: BrowserFixtures.now))
        #expect(state.banner?.sticky == true)
        _ = BrowserFixtures.press([.escape], &state)
        #expect(state.banner == nil)
    }
}
