import Browser
import BrowserTestSupport
import NP6
import Primitives
import TestTags
import Testing
import Views

/// The status line offers only keys that do something, and always `? help` and `q quit`.
@Suite("The status line and the key map", .tags(.unit))
struct StatusLineTests {
    /// States a person meets: browsing, the detail, marks, a filter, each overlay, a request in
    /// flight, read-only, after a delete.
    static var states: [(String, BrowserState)] {
        var result: [(String, BrowserState)] = [("loaded", BrowserFixtures.loaded())]
        var detail = BrowserFixtures.loaded()
        BrowserFixtures.press([.tab], &detail)
        result.append(("detail", detail))
        var marked = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        BrowserFixtures.press([.character(" ")], &marked)
        result.append(("marked", marked))
        var filtering = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        BrowserFixtures.press([.character("/")], &filtering)
        _ = BrowserFixtures.type("apns", &filtering)
        result.append(("filtering", filtering))
        var noMatch = filtering
        _ = BrowserFixtures.type("zzz", &noMatch)
        BrowserFixtures.press([.enter], &noMatch)
        result.append(("no match", noMatch))
        for (name, keys) in [
            ("prompt", [Key.character("o")]), ("delete", [.character("d")]), ("delete all", [.character("D")]),
            ("help", [.character("?")]),
        ] {
            var state = BrowserFixtures.loaded()
            BrowserFixtures.press(keys, &state)
            result.append((name, state))
        }
        var loading = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("r")], &loading)
        result.append(("loading", loading))
        result.append(("read-only", BrowserFixtures.loaded(readOnly: true)))
        var deleting = BrowserFixtures.loaded()
        BrowserFixtures.press([.character("d"), .character("y")], &deleting)
        result.append(("delete in flight", deleting))
        var deleted = deleting
        _ = BrowserReducer.reduce(
            &deleted,
            .deleteFinished(
                generation: 2, results: [RequestResult(subscription: BrowserFixtures.foobar[0], error: nil)]))
        result.append(("after a delete", deleted))
        return result
    }

    @Test("every key the status line offers changes the screen or starts an effect")
    func everyHintWorks() {
        for (name, state) in Self.states {
            let before = Screen.render(state)
            for hint in BrowserReducer.hints(for: state) {
                var after = state
                let effects = BrowserReducer.reduce(&after, .key(hint.press))
                #expect(
                    !effects.isEmpty || Screen.render(after) != before, "\(name): \(hint.key) \(hint.text) does nothing"
                )
            }
        }
    }

    @Test("no writing key is offered in read-only or while a request is in flight")
    func noWritesWhenTheyCannotRun() {
        for (name, state) in Self.states where name == "read-only" || name == "loading" || name == "delete in flight" {
            let offered = BrowserReducer.hints(for: state).map(\.press)
            for key in [Key.character("d"), .character("D"), .character("u")] {
                #expect(!offered.contains(key), "\(name): \(key.label)")
            }
        }
    }

    @Test("? help and q quit always fit, at 120, 80 and 40 columns", arguments: [120, 80, 40])
    func helpAndQuitFit(columns: Int) {
        var state = BrowserFixtures.loaded(size: TerminalSize(rows: 24, columns: columns))
        BrowserFixtures.press([.character(" ")], &state)
        let status = Screen.render(state).lines().last ?? ""
        #expect(status.contains("? help"), "\(status)")
        #expect(status.contains("q quit"), "\(status)")
    }
}
