import CNcursesw
import Glibc
import TestTags
import Testing

@Suite("CNcursesw binding", .tags(.unit))
struct CNcurseswTests {
    @Test("links libncursesw and reports ncurses 6")
    func reportsNcursesSix() throws {
        let version = try #require(curses_version()).withMemoryRebound(to: CChar.self, capacity: 64) {
            String(cString: $0)
        }
        #expect(version.hasPrefix("ncurses 6."), "got \(version)")
    }

    @Test("wide characters are drawn and read back through the NCURSES_WIDECHAR calls")
    func wideCharacters() throws {
        try OffscreenTerminal.with {
            let drawn: [wchar_t] = "山a".unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            #expect(np6_mvaddnwstr(0, 0, drawn, Int32(drawn.count)) != np6_err())
            var read = [wchar_t](repeating: 0, count: 4)
            let count = np6_mvinnwstr(0, 0, &read, 2)
            #expect(count >= 2)
            #expect(Array(read.prefix(2)) == drawn, "a double-width character and the one after it come back as drawn")
        }
    }

    @Test("COLOR_PAIR is wrapped and matches the macro's bit layout")
    func colorPairWrapper() {
        // COLOR_PAIR(n) is n shifted into the attribute's colour bits (NCURSES_ATTR_SHIFT + 8).
        #expect(np6_color_pair(1) == 1 << 8)
        #expect(np6_color_pair(3) == 3 << 8)
    }
}
