import CNcursesw
import Testing

@Suite("CNcursesw binding")
struct CNcurseswTests {
    @Test("links libncursesw and reports ncurses 6")
    func reportsNcursesSix() throws {
        let version = try #require(curses_version()).withMemoryRebound(to: CChar.self, capacity: 64) { String(cString: $0) }
        #expect(version.hasPrefix("ncurses 6."), "got \(version)")
    }

    @Test("the wide-character entry points are declared")
    func wideCharacterCallsAreAvailable() {
        // Taking the functions' addresses proves the NCURSES_WIDECHAR declarations reached Swift.
        let calls: [Any] = [np6_mvaddnwstr as Any, np6_get_wch as Any, wget_wch as Any]
        #expect(calls.count == 3)
    }

    @Test("COLOR_PAIR is wrapped and matches the macro's bit layout")
    func colorPairWrapper() {
        // COLOR_PAIR(n) is n shifted into the attribute's colour bits (NCURSES_ATTR_SHIFT + 8).
        #expect(np6_color_pair(1) == 1 << 8)
        #expect(np6_color_pair(3) == 3 << 8)
    }
}
