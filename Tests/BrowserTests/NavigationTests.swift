import Browser
import BrowserTestSupport
import NP6
import Primitives
import TestTags
import Testing

@Suite("Reducer: moving, focus, filter, help, mouse", .tags(.unit))
struct NavigationTests {
    static var many: [Subscription] {
        (0..<100).map { index in
            try! Subscription(
                json: JSONParser.parse(
                    (#"{"id": "sub-\#(index)", "application": "\#(BrowserFixtures.shopID)", "provider": "#
                        + #"{"type": "\#(index % 2 == 0 ? "firebase" : "apns")", "token": "token-\#(index)-end"}, "#
                        + #""lifecycle": {"creation": {"date": "2024-01-01T00:00:00Z", "user": null}}}"#)
                ))
        }
    }

    @Test("j k g G and the arrows move within bounds")
    func moves() {
        var state = BrowserFixtures.loaded(Self.many)
        _ = BrowserFixtures.press([.character("k")], &state)
        #expect(state.selection == 0)
        _ = BrowserFixtures.press([.character("j"), .down, .down], &state)
        #expect(state.selection == 3)
        _ = BrowserFixtures.press([.character("G")], &state)
        #expect(state.selection == 99)
        _ = BrowserFixtures.press([.down], &state)
        #expect(state.selection == 99)
        _ = BrowserFixtures.press([.home], &state)
        #expect(state.selection == 0)
        _ = BrowserFixtures.press([.end, .up, .character("g")], &state)
        #expect(state.selection == 0)
    }

    @Test("PgDn and PgUp move a page and the list scrolls just enough to keep the selection visible")
    func pagesAndScroll() {
        var state = BrowserFixtures.loaded(Self.many, size: TerminalSize(rows: 24, columns: 80))
        let page = ScreenLayout(size: state.size, state: state).listDataRows
        #expect(page > 3)
        _ = BrowserFixtures.press([.pageDown], &state)
        #expect(state.selection == page)
        #expect(state.listScroll == 1)
        _ = BrowserFixtures.press([.pageDown, .pageUp, .pageUp], &state)
        #expect(state.selection == 0)
        #expect(state.listScroll == 0)
        _ = BrowserFixtures.press([.end], &state)
        #expect(state.listScroll == 100 - page)
    }

    @Test("Tab moves focus to the detail, which then scrolls, and back")
    func focusAndDetailScroll() {
        var state = BrowserFixtures.loaded(
            BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"),
            size: TerminalSize(rows: 24, columns: 80))
        _ = BrowserFixtures.press([.tab], &state)
        #expect(state.focus == .detail)
        _ = BrowserFixtures.press([.character("j"), .character("j")], &state)
        #expect(state.detailScroll == 2)
        #expect(state.selection == 0, "j scrolls the detail, not the list")
        _ = BrowserFixtures.press([.character("G")], &state)
        let atEnd = state.detailScroll
        _ = BrowserFixtures.press([.character("j")], &state)
        #expect(state.detailScroll == atEnd, "scrolling stops at the end of the detail")
        _ = BrowserFixtures.press([.tab], &state)
        #expect(state.focus == .list)
        _ = BrowserFixtures.press([.character("j")], &state)
        #expect(state.selection == 1)
        #expect(state.detailScroll == 0)
    }

    @Test("the filter narrows live, every term must match; lower-case terms ignore case")
    func filterLive() {
        var state = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        _ = BrowserFixtures.press([.character("/")], &state)
        #expect(state.filterEditing)
        _ = BrowserFixtures.type("apns", &state)
        #expect(state.visibleSubscriptions.map(\.id) == ["8c2d7e10-55a3-4f6b-b0c9-71e4a2d93f58"])
        _ = BrowserFixtures.press([.backspace, .backspace, .backspace, .backspace], &state)
        _ = BrowserFixtures.type("jeanne shop", &state)
        #expect(
            state.visibleSubscriptions.map(\.id) == ["3f9a1c2e-7b44-4d0a-9e61-2b8f5c7d1a90"],
            "creator Jeanne and app Shop")
        _ = BrowserFixtures.press([.enter], &state)
        #expect(!state.filterEditing)
        #expect(state.filter.text == "jeanne shop")
        _ = BrowserFixtures.press([.escape], &state)
        #expect(state.filter.isEmpty)
        #expect(state.visible.count == 3)
    }

    @Test("the filter searches what the detail shows: dates in local time, users, the UUID")
    func filterSearchesDetail() {
        var state = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        _ = BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("2023-09-30 22:47", &state)
        #expect(state.visible.count == 1, "21:47Z is 22:47 at UTC+1")
        BrowserFixtures.press([.control("u")], &state)
        _ = BrowserFixtures.type("crm sync", &state)
        #expect(state.visibleSubscriptions.map(\.id) == ["3f9a1c2e-7b44-4d0a-9e61-2b8f5c7d1a90"])
        BrowserFixtures.press([.control("u")], &state)
        _ = BrowserFixtures.type("7f1c2a9e", &state)
        #expect(state.visibleSubscriptions.map(\.provider.type) == ["http"])
    }

    @Test("the selection stays on the same subscription when the filter changes, if it is still shown")
    func filterKeepsSelection() {
        var state = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        _ = BrowserFixtures.press([.character("G")], &state)
        let selected = state.selectedSubscription?.id
        _ = BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("jeanne", &state)
        #expect(state.selectedSubscription?.id == selected)
        _ = BrowserFixtures.press([.escape], &state)
        #expect(state.selectedSubscription?.id == selected)
    }

    @Test("a filter that matches nothing leaves no selection")
    func filterEmpty() {
        var state = BrowserFixtures.loaded()
        _ = BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("zzz", &state)
        #expect(state.visible.isEmpty)
        #expect(state.selectedSubscription == nil)
        #expect(BrowserFixtures.press([.enter, .character("d")], &state).isEmpty)
        #expect(state.overlay == nil)
    }

    /// How far the open help is scrolled; nil when it is not open.
    static func helpScroll(_ state: BrowserState) -> Int? {
        if case .help(let help)? = state.overlay { return help.scroll }
        return nil
    }

    @Test("? opens the help, which swallows keys, and ? or Esc closes it")
    func help() {
        var state = BrowserFixtures.loaded()
        _ = BrowserFixtures.press([.character("?")], &state)
        #expect(Self.helpScroll(state) == 0)
        #expect(BrowserFixtures.press([.character("d"), .character("r")], &state).isEmpty)
        _ = BrowserFixtures.press([.character("j")], &state)
        #expect(Self.helpScroll(state) == 1)
        _ = BrowserFixtures.press([.character("?")], &state)
        #expect(state.overlay == nil)
    }

    @Test("q and Ctrl-C quit; Ctrl-C quits even from a modal and cancels the request in flight")
    func quitting() {
        var state = BrowserFixtures.loaded()
        #expect(BrowserFixtures.press([.character("q")], &state) == [.quit])
        _ = BrowserFixtures.press([.character("r"), .character("d")], &state)
        BrowserFixtures.press([.character("?")], &state)
        #expect(Self.helpScroll(state) == 0)
        #expect(BrowserFixtures.press([.control("c")], &state) == [.cancel(generation: 2), .quit])
    }

    @Test("a click selects the row under it; the wheel scrolls")
    func mouse() {
        var state = BrowserFixtures.loaded(Self.many)
        let layout = ScreenLayout(size: state.size, state: state)
        _ = BrowserReducer.reduce(&state, .mouse(.click(row: layout.listDataTop + 4, column: 3)))
        #expect(state.selection == 4)
        _ = BrowserReducer.reduce(&state, .mouse(.wheelDown(row: layout.listDataTop, column: 3)))
        #expect(state.selection == 7)
        _ = BrowserReducer.reduce(&state, .mouse(.click(row: layout.detail!.top + 2, column: layout.detail!.left + 3)))
        #expect(state.focus == .detail)
        _ = BrowserReducer.reduce(&state, .mouse(.click(row: layout.listDataTop + 200, column: 3)))
        #expect(state.selection == 7, "a click below the last row changes nothing")
    }

    @Test("a token holding control characters is copied escaped, never raw, and the flash says so")
    func copyEscapesControls() {
        var state = BrowserFixtures.loaded(BrowserFixtures.hostile, contact: .unicity("mallory"))
        let effects = BrowserFixtures.press([.character("c")], &state)
        let escaped = "evil\\e[2J\\e[31mRED<U+202E>TXT\\r\\nnext"
        #expect(
            effects == [
                .copyToClipboard(
                    text: escaped,
                    what: "token, escaped: it holds control or invisible characters (\(escaped.count) characters)")
            ])
    }

    @Test("c copies the exact raw token, or the url of an http provider")
    func copy() {
        var state = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        let token = BrowserFixtures.jeanne[0].provider.token!
        #expect(
            BrowserFixtures.press([.character("c")], &state) == [
                .copyToClipboard(text: token, what: "token (\(token.count) characters)")
            ])
        _ = BrowserFixtures.press([.character("G")], &state)
        let url = "https://push.example.com/loyalty/subscribers/7a41c0de"
        #expect(
            BrowserFixtures.press([.character("c")], &state) == [
                .copyToClipboard(text: url, what: "url (\(url.count) characters)")
            ])
        _ = BrowserReducer.reduce(&state, .copyFinished(what: "url", error: nil))
        #expect(state.flash?.text == "Copied url")
    }

    @Test("flashes expire with time")
    func flashExpires() {
        var state = BrowserFixtures.loaded()
        _ = BrowserFixtures.press([.character("d"), .escape], &state)
        #expect(state.flash?.text == "Delete cancelled")
        _ = BrowserReducer.reduce(&state, .tick(now: BrowserFixtures.now + Flash.lifetime + 0.1))
        #expect(state.flash == nil)
    }

    @Test("text fields edit like a shell line, with the keys of the key map")
    func textField() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("o")], &state)
        _ = BrowserFixtures.type("hello world", &state)
        func text() -> String? { if case .prompt(let prompt)? = state.overlay { prompt.field.text } else { nil } }
        BrowserFixtures.press([.control("w")], &state)
        #expect(text() == "hello ")
        BrowserFixtures.press([.home, .character(">")], &state)
        #expect(text() == ">hello ")
        BrowserFixtures.press([.control("k")], &state)
        #expect(text() == ">")
        BrowserFixtures.press([.backspace, .backspace], &state)
        #expect(text() == "")
        BrowserFixtures.press([.tab], &state)
        if case .prompt(let prompt)? = state.overlay {
            #expect(
                prompt.kind == .hash && prompt.kindChosen,
                "Tab is not an editing key in the prompt: it changes the kind")
        }
    }
}
