import Browser
import BrowserTestSupport
import Primitives
import TestTags
import Testing

@Suite("A config's keys: override only, warn where they cannot, and every surface follows", .tags(.unit))
struct KeyConfigTests {
    static func entry(_ name: String, _ keys: String..., line: Int = 3) -> ConfigEntry {
        ConfigEntry(
            name: name, line: line, column: 3,
            values: keys.enumerated().map { ConfigEntry.Value($1, line: line, column: 12 + 3 * $0) })
    }

    @Test("refresh: R and quit: Q replace r and q; what is not named keeps its keys")
    func overrideOnly() {
        let (table, warnings) = KeyTable.customized([Self.entry("refresh", "R"), Self.entry("quit", "Q")])
        #expect(warnings.isEmpty)
        #expect(table.command(for: .character("R"), in: .browse) == .refresh)
        #expect(table.command(for: .character("r"), in: .browse) == nil)
        #expect(table.command(for: .control("r"), in: .browse) == nil)
        #expect(table.command(for: .character("Q"), in: .browse) == .requestQuit)
        #expect(table.command(for: .character("q"), in: .browse) == nil)
        #expect(table.command(for: .character("d"), in: .browse) == .delete)
        // q still closes the help: only the list's quit was named.
        #expect(table.command(for: .character("q"), in: .help) == .closeHelp)
    }

    @Test("key names: characters as they are, ctrl-x, f5, enter, space, pgdn, the help's own labels, a list")
    func keyNames() {
        #expect(Key(configName: "R") == .character("R"))
        #expect(Key(configName: "ctrl-r") == .control("r"))
        #expect(Key(configName: "^R") == .control("r"))
        #expect(Key(configName: "Ctrl-R") == .control("r"))
        #expect(Key(configName: "F5") == .function(5))
        #expect(Key(configName: "space") == .character(" "))
        #expect(Key(configName: "PgDn") == .pageDown)
        #expect(Key(configName: "shift-tab") == .backTab)
        #expect(Key(configName: "↑") == .up)
        #expect(Key(configName: "ctrl-") == nil)
        #expect(Key(configName: "f13") == nil)
        #expect(Key(configName: "entr") == nil)
        let (table, warnings) = KeyTable.customized([Self.entry("refresh", "R", "F5")])
        #expect(warnings.isEmpty)
        #expect(table.binding(named: "refresh")?.keys == [.character("R"), .function(5)])
    }

    @Test("an unknown command or key is a warning at its line and column, with the nearest name")
    func unknownNames() {
        let (table, warnings) = KeyTable.customized([
            Self.entry("refesh", "R", line: 4), Self.entry("sort", "entr", line: 5),
        ])
        #expect(
            warnings.map { "\($0.line):\($0.column): \($0.message)" } == [
                "4:3: keys: no command is named \"refesh\" (the names are those of the palette and docs/usage.md)"
                    + "; did you mean refresh?",
                "5:12: keys: \"entr\" is not a key (a character, ctrl-x, f1 to f12, or a name such as enter, esc, "
                    + "space, tab, up, pgdn); did you mean enter?",
            ])
        #expect(table.command(for: .character("s"), in: .browse) == .cycleSort)
        #expect(
            warnings.first?.located(in: "/home/ana/.config/np6-subs/config.yaml").hasPrefix(
                "/home/ana/.config/np6-subs/config.yaml:4:3: keys:") == true)
    }

    @Test("a key given to two commands keeps the defaults of both, and says so")
    func conflicts() {
        let (table, warnings) = KeyTable.customized([Self.entry("refresh", "d")])
        #expect(warnings.map(\.message) == ["keys: d is given to refresh and delete; both keep their default keys"])
        #expect(table.command(for: .character("d"), in: .browse) == .delete)
        #expect(table.command(for: .character("r"), in: .browse) == .refresh)
        // Two rebound onto one key: both stay as they were.
        let (both, twice) = KeyTable.customized([Self.entry("refresh", "R"), Self.entry("sort", "R")])
        #expect(twice.count == 2)
        #expect(both.command(for: .character("r"), in: .browse) == .refresh)
        #expect(both.command(for: .character("s"), in: .browse) == .cycleSort)
        // A key taken from one command and given to another is not a conflict.
        let (swapped, none) = KeyTable.customized([Self.entry("refresh", "s"), Self.entry("sort", "r")])
        #expect(none.isEmpty)
        #expect(swapped.command(for: .character("s"), in: .browse) == .refresh)
        #expect(swapped.command(for: .character("r"), in: .browse) == .cycleSort)
    }

    @Test("a confirmation never takes Enter or Space, nor a key that dismisses; another letter is fine")
    func safetyKeys() {
        for key in ["enter", "space", "n", "esc", "q"] {
            let (table, warnings) = KeyTable.customized([Self.entry("confirmation.confirm", key)])
            #expect(warnings.count == 1, "\(key)")
            #expect(table.command(for: .character("y"), in: .confirmation) == .confirm)
            #expect(table.command(for: .enter, in: .confirmation) == .pressFocused)
        }
        let (overwrite, refused) = KeyTable.customized([Self.entry("export-overwrite.overwrite", "space")])
        #expect(refused.count == 1)
        #expect(overwrite.command(for: .character(" "), in: .exportOverwrite) == nil)
        let (table, warnings) = KeyTable.customized([Self.entry("confirmation.confirm", "o")])
        #expect(warnings.isEmpty)
        #expect(table.command(for: .character("o"), in: .confirmation) == .confirm)
        #expect(table.command(for: .character("y"), in: .confirmation) == nil)
    }

    @Test("every binding has a name of its own, as the palette and docs/usage.md say it")
    func namesAreUnique() {
        let names = KeyMap.defaults.map(\.name)
        #expect(Set(names).count == names.count, "\(names.filter { name in names.filter { $0 == name }.count > 1 })")
    }

    @Test("with quit: Q in force, the hints, the help's labels, the palette and a message name Q")
    func surfaces() {
        let (table, _) = KeyTable.customized([Self.entry("quit", "Q"), Self.entry("lookup", "L")])
        KeyMap.with(table) {
            var state = BrowserFixtures.loaded()
            let hints = BrowserReducer.hints(for: state)
            #expect(hints.contains { $0.key == "Q" && $0.pinned })
            #expect(!hints.contains { $0.key == "q" })
            #expect(hints.contains { $0.key == "L" })
            #expect(KeyMap.label(of: .requestQuit) == "Q")
            BrowserFixtures.press([.character(":")], &state)
            _ = BrowserFixtures.type("quit", &state)
            #expect(CommandPalette.entries(for: "quit", in: state).first?.binding.label == "Q")
            BrowserFixtures.press([.escape], &state)
            #expect(BrowserFixtures.press([.character("q")], &state).isEmpty)
            #expect(BrowserFixtures.press([.character("Q")], &state) == [.quit])
        }
        // Outside the scope, the defaults.
        #expect(KeyMap.label(of: .requestQuit) == "q")
    }
}
