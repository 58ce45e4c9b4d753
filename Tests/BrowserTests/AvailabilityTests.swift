import Browser
import BrowserTestSupport
import TestTags
import Testing

/// Availability lives on the binding (lazygit's GetDisabledReason): the status line offers what
/// is available, and what is not says why.
@Suite("Availability: each binding says whether it does something now, and why not", .tags(.unit))
struct AvailabilityTests {
    static func binding(_ command: Command) throws -> KeyBinding {
        try #require(KeyMap.bindings.first { $0.command == command })
    }

    @Test("a loaded contact: delete, undo and history say what they need")
    func reasons() throws {
        let state = BrowserFixtures.loaded()
        #expect(try Self.binding(.delete).availability(in: state) == .available(hint: "delete"))
        #expect(try Self.binding(.undo).availability(in: state) == .unavailable(reason: "nothing deleted to undo"))
        #expect(try Self.binding(.historyBack).availability(in: state) == .unavailable(reason: "no earlier contact"))
        #expect(
            try Self.binding(.reverseSort).availability(in: state) == .available(hint: nil),
            "available, but not in the status line")
    }

    @Test("a read-only session: the writes are unavailable, for that reason, and gone from the hints")
    func readOnly() throws {
        let state = BrowserFixtures.loaded(readOnly: true)
        for command in [Command.delete, .deleteAll, .undo, .mark] {
            #expect(
                try Self.binding(command).availability(in: state) == .unavailable(reason: "this session is read-only"))
        }
        #expect(!BrowserReducer.hints(for: state).contains { $0.text == "delete" })
        #expect(
            try !Self.binding(.delete).isAvailable(readOnly: true) && Self.binding(.copy).isAvailable(readOnly: true))
    }
}
