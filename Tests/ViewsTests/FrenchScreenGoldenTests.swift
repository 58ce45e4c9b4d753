import Browser
import BrowserTestSupport
import Localization
import NP6
import Primitives
import TestTags
import Testing
import Views

/// The French screens, rendered in the task's own language so that the English goldens beside
/// them cannot be affected: the longer words still fit, borders and the key line's help and quit
/// stay.
@Suite("French screens at 120×40, 80×24 and 40×12, compared with golden files", .tags(.unit))
struct FrenchScreenGoldenTests {
    static func name(_ base: String, _ size: TerminalSize) -> String { "fr-\(base)-\(size.columns)x\(size.rows)" }

    static func check(_ state: BrowserState, _ base: String, _ size: TerminalSize) throws {
        let canvas = Localization.with(.french) { Screen.render(state) }
        try GoldenFile.check(canvas, name(base, size))
        let keyLine = canvas.text().split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        #expect(keyLine.contains("? aide") && keyLine.contains("q quitter"), "\(keyLine)")
    }

    @Test("the example contact", arguments: ScreenGoldenTests.sizes)
    func browser(size: TerminalSize) throws {
        try Self.check(BrowserFixtures.loaded(size: size, demo: true), "browser", size)
    }

    @Test("the detail focused and scrolled: dates as 22/05/2023, ages as il y a", arguments: ScreenGoldenTests.sizes)
    func detailFocused(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(
            BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"), size: size, readOnly: true)
        BrowserFixtures.press([.tab, .character("j"), .character("j")], &state)
        try Self.check(state, "detail-focused", size)
    }
}
