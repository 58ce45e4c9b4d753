import Browser
import BrowserTestSupport
import NP6
import Primitives
import TestTags
import Testing
import Views

@Suite("Screens rendered at 120×40, 80×24 and 40×12, compared with golden files", .tags(.unit))
struct ScreenGoldenTests {
    static let sizes = [
        TerminalSize(rows: 40, columns: 120), TerminalSize(rows: 24, columns: 80), TerminalSize(rows: 12, columns: 40),
    ]

    static func name(_ base: String, _ size: TerminalSize) -> String { "\(base)-\(size.columns)x\(size.rows)" }

    @Test("the example contact", arguments: sizes)
    func browser(size: TerminalSize) throws {
        try GoldenFile.check(Screen.render(BrowserFixtures.loaded(size: size, demo: true)), Self.name("browser", size))
    }

    @Test("sorted by modified date, newest first, with the arrow in the header; looked up by hash", arguments: sizes)
    func sortedByModified(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .hash("0d5c6b5a5e0b5f5e"), size: size)
        BrowserFixtures.press([.character("s"), .character("s"), .character("S")], &state)
        try GoldenFile.check(Screen.render(state), Self.name("sorted-modified", size))
    }

    @Test("the copy menu", arguments: sizes)
    func copyMenu(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(size: size)
        BrowserFixtures.press([.character("C"), .character("j")], &state)
        try GoldenFile.check(Screen.render(state), Self.name("copy-menu", size))
    }

    @Test("the detail focused and scrolled, read-only", arguments: sizes)
    func detailFocused(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(
            BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"), size: size, readOnly: true)
        BrowserFixtures.press([.tab, .character("j"), .character("j")], &state)
        try GoldenFile.check(Screen.render(state), Self.name("detail-focused", size))
    }

    @Test("the journal (J): this contact's entries marked, the focused one in full; filtered", arguments: sizes)
    func journal(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(size: size)
        BrowserFixtures.press([.character("J")], &state)
        _ = BrowserReducer.reduce(&state, .journalLoaded(BrowserFixtures.journalListing()))
        BrowserFixtures.press([.character("j")], &state)
        try GoldenFile.check(Screen.render(state), Self.name("journal", size))
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("jeanne", &state)
        try GoldenFile.check(Screen.render(state), Self.name("journal-filtered", size))
    }

    @Test("the delete modal", arguments: sizes)
    func deleteModal(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(size: size)
        BrowserFixtures.press([.character("d")], &state)
        try GoldenFile.check(Screen.render(state), Self.name("delete-modal", size))
    }

    @Test("the delete-all modal with a wrong confirmation", arguments: sizes)
    func deleteAllModal(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(
            BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"), size: size)
        BrowserFixtures.press([.character("D")], &state)
        _ = BrowserFixtures.type("jeanne", &state)
        BrowserFixtures.press([.enter], &state)
        try GoldenFile.check(Screen.render(state), Self.name("delete-all-modal", size))
    }

    @Test("on a production profile, with the profile picker open", arguments: sizes)
    func profiles(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(
            size: size, profile: BrowserFixtures.profiles[1], profiles: BrowserFixtures.profiles)
        try GoldenFile.check(Screen.render(state), Self.name("production", size))
        BrowserFixtures.press([.character("P")], &state)
        try GoldenFile.check(Screen.render(state), Self.name("profile-picker", size))
    }

    @Test("each screen mode (+) with fifteen subscriptions, the detail focused in detail full", arguments: sizes)
    func screenModes(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(
            BrowserFixtures.fifteen, contact: .unicity("fifteen@example.com"), size: size)
        try GoldenFile.check(Screen.render(state), Self.name("mode-normal", size))
        BrowserFixtures.press([.character("+")], &state)
        try GoldenFile.check(Screen.render(state), Self.name("mode-list-wide", size))
        BrowserFixtures.press([.character("+"), .character("j")], &state)
        try GoldenFile.check(Screen.render(state), Self.name("mode-detail-full", size))
    }

    @Test("the command palette, read-only: every command, then `undo`, unavailable with its reason", arguments: sizes)
    func palette(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(size: size, readOnly: true)
        BrowserFixtures.press([.character(":")], &state)
        try GoldenFile.check(Screen.render(state), Self.name("palette", size))
        _ = BrowserFixtures.type("undo", &state)
        try GoldenFile.check(Screen.render(state), Self.name("palette-unavailable", size))
    }

    @Test("the help filtered with /, and the detail searched with /", arguments: sizes)
    func searches(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(size: size)
        BrowserFixtures.press([.character("?"), .character("/")], &state)
        _ = BrowserFixtures.type("sort", &state)
        try GoldenFile.check(Screen.render(state), Self.name("help-filtered", size))
        BrowserFixtures.press([.escape, .escape, .tab, .character("/")], &state)
        _ = BrowserFixtures.type("5", &state)
        BrowserFixtures.press([.enter, .character("n")], &state)
        try GoldenFile.check(Screen.render(state), Self.name("detail-search", size))
    }

    @Test("the export prompt, and its question when the file exists", arguments: sizes)
    func export(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(size: size)
        BrowserFixtures.press([.character("E")], &state)
        try GoldenFile.check(Screen.render(state), Self.name("export", size))
        _ = BrowserReducer.reduce(&state, .exportFinished(.exists(path: "./np6-subs-foobar-2026-01-15.csv")))
        try GoldenFile.check(Screen.render(state), Self.name("export-exists", size))
    }

    @Test("the help overlay", arguments: sizes)
    func help(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(size: size)
        BrowserFixtures.press([.character("?")], &state)
        try GoldenFile.check(Screen.render(state), Self.name("help", size))
    }

    @Test("the lookup prompt with recent lookups", arguments: sizes)
    func prompt(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(
            size: size,
            recentLookups: [
                RecentLookup(kind: .unicity, value: "foobar"),
                RecentLookup(kind: .hash, value: "3858f62230ac3c915f300c664312c63f"),
            ])
        BrowserFixtures.press([.character("o"), .tab], &state)
        _ = BrowserFixtures.type("3858f6", &state)
        try GoldenFile.check(Screen.render(state), Self.name("prompt", size))
    }

    @Test("a filter that matches one row, and one that matches none", arguments: sizes)
    func filter(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(
            BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"), size: size)
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("apns", &state)
        try GoldenFile.check(Screen.render(state), Self.name("filter-one", size))
        _ = BrowserFixtures.type(" nothing", &state)
        BrowserFixtures.press([.enter], &state)
        try GoldenFile.check(Screen.render(state), Self.name("filter-none", size))
    }

    @Test("an error banner and a loading spinner", arguments: sizes)
    func errorAndLoading(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(size: size)
        BrowserFixtures.press([.character("r")], &state)
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: state.pending!.generation, target: .contact(.unicity("foobar")),
                result: .failure(.serverError(status: 502, excerpt: "502 Bad Gateway")), now: BrowserFixtures.now))
        BrowserFixtures.press([.character("r")], &state)
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: state.pending!.generation, target: .contact(.unicity("foobar")),
                result: .failure(.connectionFailed(host: "api-cm.np6.com", reason: "connection refused")),
                now: BrowserFixtures.now))
        BrowserFixtures.press([.character("r")], &state)
        try GoldenFile.check(Screen.render(state), Self.name("error-loading", size))
    }

    @Test("hostile and wide text from the server, without application names", arguments: sizes)
    func hostile(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(
            BrowserFixtures.hostile, contact: .unicity("mallory"), size: size, applications: false)
        _ = BrowserReducer.reduce(&state, .applicationsFinished(.failure(.forbidden)))
        _ = BrowserReducer.reduce(&state, .tick(now: BrowserFixtures.now + 10))
        try GoldenFile.check(Screen.render(state), Self.name("hostile", size))
    }

    @Test("no contact yet, on the prompt")
    func empty() throws {
        var state = BrowserState(
            environment: BrowserFixtures.environment(), size: TerminalSize(rows: 24, columns: 80),
            now: BrowserFixtures.now)
        _ = BrowserReducer.start(&state, lookingUp: nil)
        try GoldenFile.check(Screen.render(state), "empty-80x24")
    }

    @Test(
        "below 40×10 the screen says the terminal is too small",
        arguments: [
            TerminalSize(rows: 9, columns: 80), TerminalSize(rows: 24, columns: 39), TerminalSize(rows: 1, columns: 1),
            TerminalSize(rows: 0, columns: 0),
        ])
    func tooSmall(size: TerminalSize) {
        let canvas = Screen.render(BrowserFixtures.loaded(size: size))
        #expect(canvas.rows == size.rows)
        if size.rows >= 3 && size.columns >= 18 { #expect(canvas.text().contains("Terminal too small")) }
    }
}
