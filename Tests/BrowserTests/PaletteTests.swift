import Browser
import BrowserTestSupport
import NP6
import Primitives
import Search
import TestTags
import Testing

@Suite("The command palette (:), screen modes (+ _), the help's filter and the detail's search", .tags(.unit))
struct PaletteTests {
    static func palette(_ state: BrowserState) -> CommandPalette? {
        if case .palette(let palette)? = state.overlay { return palette }
        return nil
    }

    static func names(_ state: BrowserState) -> [String] {
        guard let palette = palette(state) else { return [] }
        return CommandPalette.entries(for: palette.field.text, in: state).map(\.binding.name)
    }

    @Test(": lists every command of the list and the detail, each with its keys; typing filters fuzzily")
    func everyCommand() throws {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character(":")], &state)
        let all = Self.names(state)
        let expected = KeyMap.bindings.filter { ($0.context == .browse || $0.context == .anywhere) }
            .map(\.name).filter { $0 != "palette" }
        #expect(Set(all) == Set(expected))
        #expect(all.count == expected.count)
        _ = BrowserFixtures.type("rsort", &state)
        #expect(Self.names(state).first == "reverse-sort")
        let entry = try #require(CommandPalette.entries(for: "rsort", in: state).first)
        #expect(entry.binding.label == "S")
        #expect(entry.nameMatches == [0, 5, 9, 10, 11])
    }

    @Test(": then sort then Enter sorts, exactly as s does")
    func runsSort() {
        var byPalette = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        var byKey = byPalette
        BrowserFixtures.press([.character(":")], &byPalette)
        _ = BrowserFixtures.type("sort", &byPalette)
        let effects = BrowserFixtures.press([.enter], &byPalette)
        let keyEffects = BrowserFixtures.press([.character("s")], &byKey)
        #expect(byPalette.overlay == nil)
        #expect(byPalette.sort == byKey.sort)
        #expect(byPalette.sort != nil)
        #expect(byPalette.visible == byKey.visible)
        #expect(effects == keyEffects)
    }

    @Test("a write from the palette still asks: delete opens its confirmation, nothing is sent")
    func deleteStillConfirms() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character(":")], &state)
        _ = BrowserFixtures.type("delete", &state)
        #expect(Self.names(state).first == "delete")
        let effects = BrowserFixtures.press([.enter], &state)
        #expect(effects.isEmpty)
        guard case .confirmation(let confirmation)? = state.overlay else {
            Issue.record("no confirmation")
            return
        }
        if case .deleteSubscriptions = confirmation.subject {} else { Issue.record("\(confirmation.subject)") }
    }

    @Test("an unavailable command is listed with its reason, and Enter on it does nothing")
    func unavailable() throws {
        var state = BrowserFixtures.loaded(readOnly: true)
        BrowserFixtures.press([.character(":")], &state)
        _ = BrowserFixtures.type("undo", &state)
        let entry = try #require(CommandPalette.entries(for: "undo", in: state).first)
        #expect(entry.binding.name == "undo")
        #expect(entry.availability == .unavailable(reason: "this session is read-only"))
        let before = state
        #expect(BrowserFixtures.press([.enter], &state).isEmpty)
        #expect(state.overlay == before.overlay)
        _ = BrowserFixtures.type("zzzz", &state)
        #expect(Self.names(state).isEmpty)
        #expect(BrowserFixtures.press([.enter], &state).isEmpty)
        BrowserFixtures.press([.escape], &state)
        #expect(state.overlay == nil)
    }

    @Test("↓ and ↑ move the palette's focus within its entries; typing brings it back to the first")
    func focus() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character(":"), .down, .down, .control("n"), .up], &state)
        #expect(Self.palette(state)?.focus == 2)
        BrowserFixtures.press(Array(repeating: .pageDown, count: 10), &state)
        #expect(Self.palette(state)?.focus == Self.names(state).count - 1)
        _ = BrowserFixtures.type("q", &state)
        #expect(Self.palette(state)?.focus == 0)
    }

    @Test("+ and _ cycle normal, list wide, detail full; the layout follows and the key line names the mode")
    func modes() {
        var state = BrowserFixtures.loaded(
            BrowserFixtures.fifteen, contact: .unicity("fifteen@example.com"), size: TerminalSize(rows: 24, columns: 80)
        )
        #expect(state.screenMode == .normal)
        let normal = ScreenLayout(size: state.size, state: state)
        #expect(normal.listDataRows >= 12)
        #expect(normal.detail != nil)
        #expect(BrowserReducer.hints(for: state).contains { $0.key == "+" && $0.text == "normal" && $0.pinned })
        BrowserFixtures.press([.character("+")], &state)
        #expect(state.screenMode == .listWide)
        let wide = ScreenLayout(size: state.size, state: state)
        #expect(wide.detail == nil)
        #expect(wide.listDataRows == 21)
        BrowserFixtures.press([.character("+")], &state)
        #expect(state.screenMode == .detailFull)
        let full = ScreenLayout(size: state.size, state: state)
        #expect(full.list.height == 0)
        #expect(full.detail?.height == 22)
        BrowserFixtures.press([.character("j")], &state)
        #expect(state.selection == 1)
        BrowserFixtures.press([.character("+")], &state)
        #expect(state.screenMode == .normal)
        BrowserFixtures.press([.character("_")], &state)
        #expect(state.screenMode == .detailFull)
    }

    @Test("stacked, a short contact's list leaves the room to its detail")
    func shortContact() {
        let state = BrowserFixtures.loaded(size: TerminalSize(rows: 24, columns: 80))
        let layout = ScreenLayout(size: state.size, state: state)
        #expect(layout.listDataRows == 3)
        #expect(layout.detailTextRows == 16)
    }

    @Test("/ in the help filters its lines; Esc clears the filter, then closes")
    func helpFilter() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("?"), .character("/")], &state)
        #expect(KeyMap.context(of: state) == .helpFilter)
        _ = BrowserFixtures.type("q", &state)
        guard case .help(let help)? = state.overlay else {
            Issue.record("the help closed")
            return
        }
        #expect(help.filter == "q")
        BrowserFixtures.press([.escape], &state)
        guard case .help(let cleared)? = state.overlay else {
            Issue.record("the help closed")
            return
        }
        #expect(cleared.filter.isEmpty)
        BrowserFixtures.press([.escape], &state)
        #expect(state.overlay == nil)
    }

    @Test("/ with the detail focused searches it; n and N walk the matches round the end")
    func detailSearch() {
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.tab, .character("/")], &state)
        #expect(KeyMap.context(of: state) == .detailSearch)
        _ = BrowserFixtures.type("56c8", &state)
        BrowserFixtures.press([.enter], &state)
        #expect(state.filter.isEmpty)
        let matches = BrowserReducer.detailMatches(state)
        #expect(matches.count >= 1)
        BrowserFixtures.press([.character("n")], &state)
        #expect(state.detailSearch.current == 1 % matches.count)
        BrowserFixtures.press([.character("N"), .character("N")], &state)
        #expect(state.detailSearch.current == (matches.count - 1) % matches.count)
        BrowserFixtures.press([.tab, .character("/")], &state)
        #expect(state.filterEditing)
    }

    @Test("E offers ./np6-subs-<contact>-<date>.csv; Enter exports the rows in view; an existing file asks")
    func export() throws {
        var state = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("apns", &state)
        BrowserFixtures.press([.enter, .character("E")], &state)
        guard case .export(let prompt)? = state.overlay else {
            Issue.record("no prompt")
            return
        }
        #expect(prompt.field.text == "./np6-subs-jeanne.martin@example.com-2026-01-15.csv")
        let effects = BrowserFixtures.press([.enter], &state)
        guard case .export(let job)? = effects.first else {
            Issue.record("no export: \(effects)")
            return
        }
        #expect(job.format == .csv)
        #expect(!job.overwrite)
        #expect(job.subscriptions.map(\.id) == state.visibleSubscriptions.map(\.id))
        #expect(job.subscriptions.count == 1)
        _ = BrowserReducer.reduce(&state, .exportFinished(.exists(path: job.path)))
        #expect(KeyMap.context(of: state) == .exportOverwrite)
        let again = BrowserFixtures.press([.character("y")], &state)
        guard case .export(let overwriting)? = again.first else {
            Issue.record("no second export")
            return
        }
        #expect(overwriting.overwrite)
        _ = BrowserReducer.reduce(&state, .exportFinished(.written(rows: 1, path: job.path)))
        #expect(state.overlay == nil)
        #expect(state.flash?.text == "Exported 1 subscription to \(job.path)")
    }

    @Test("the export's extension picks the format; another is refused in the prompt")
    func exportFormats() {
        #expect(ExportJob.format(of: "a.JSON") == .json)
        #expect(ExportJob.format(of: "./x.csv") == .csv)
        #expect(ExportJob.format(of: "x.txt") == nil)
        var state = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("E"), .control("u")], &state)
        _ = BrowserFixtures.type("rows.txt", &state)
        #expect(BrowserFixtures.press([.enter], &state).isEmpty)
        guard case .export(let prompt)? = state.overlay else {
            Issue.record("the prompt closed")
            return
        }
        #expect(prompt.problem == "The file name must end in .csv or .json.")
    }

    @Test("v asks for the pager with the subscription's bytes as the server sent them; its failure is a flash")
    func pager() throws {
        var state = BrowserFixtures.loaded()
        let subscription = try #require(state.selectedSubscription)
        #expect(BrowserFixtures.press([.character("v")], &state) == [.openPager(bytes: Array(subscription.jsonBytes))])
        _ = BrowserReducer.reduce(&state, .pagerFinished(error: "sh: 1: nopager: not found"))
        #expect(state.flash?.text == "The pager did not run: sh: 1: nopager: not found")
        #expect(state.flash?.kind == .error)
        _ = BrowserReducer.reduce(&state, .pagerFinished(error: "\u{1B}[2Jgone"))
        #expect(state.flash?.text.contains("\u{1B}") == false, "a pager's escape sequence is shown escaped")
    }

    @Test("a key that means nothing in the list says so and where the keys are; in a modal it stays the modal's")
    func unknownKey() {
        var state = BrowserFixtures.loaded()
        #expect(BrowserFixtures.press([.character("x")], &state).isEmpty)
        #expect(state.flash?.text == "x does nothing here; press : for the commands, ? for every key")
        BrowserFixtures.press([.character("d")], &state)
        let modal = state.overlay
        BrowserFixtures.press([.character("x")], &state)
        #expect(state.overlay == modal)
        #expect(state.flash == nil)
    }
}
