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

    /// `modal`: a modal covers the key line with its own keys and buttons.
    static func check(_ state: BrowserState, _ base: String, _ size: TerminalSize, modal: Bool = false) throws {
        let canvas = Localization.with(.french) { Screen.render(state) }
        try GoldenFile.check(canvas, name(base, size))
        let keyLine = canvas.text().split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        if modal {
            // Its buttons, or (typed) the answer's verdict, or the help's title: what a 40×12 terminal keeps.
            let text = canvas.text()
            #expect(
                text.contains("[ Annuler ]") || text.contains("Rien n’a été supprimé") || text.contains("Touches (?"),
                "\(text)")
        } else {
            #expect(keyLine.contains("? aide") && keyLine.contains("q quitter"), "\(keyLine)")
        }
    }

    @Test("the example contact", arguments: ScreenGoldenTests.sizes)
    func browser(size: TerminalSize) throws {
        try Self.check(BrowserFixtures.loaded(size: size, demo: true), "browser", size)
    }

    @Test("the help overlay: every key's words and the filter syntax", arguments: ScreenGoldenTests.sizes)
    func help(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(size: size)
        BrowserFixtures.press([.character("?")], &state)
        try Self.check(state, "help", size, modal: true)
    }

    @Test("the delete modal: its question, what it sends, Annuler and Supprimer", arguments: ScreenGoldenTests.sizes)
    func deleteModal(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(size: size)
        Localization.with(.french) { BrowserFixtures.press([.character("d")], &state) }
        try Self.check(state, "delete-modal", size, modal: true)
    }

    @Test("the delete-all modal with a wrong answer typed", arguments: ScreenGoldenTests.sizes)
    func deleteAllModal(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(
            BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"), size: size)
        Localization.with(.french) {
            BrowserFixtures.press([.character("D")], &state)
            _ = BrowserFixtures.type("jeanne", &state)
            BrowserFixtures.press([.enter], &state)
        }
        try Self.check(state, "delete-all-modal", size, modal: true)
    }

    @Test("the detail focused and scrolled: dates as 22/05/2023, ages as il y a", arguments: ScreenGoldenTests.sizes)
    func detailFocused(size: TerminalSize) throws {
        var state = BrowserFixtures.loaded(
            BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"), size: size, readOnly: true)
        BrowserFixtures.press([.tab, .character("j"), .character("j")], &state)
        try Self.check(state, "detail-focused", size)
    }
}
