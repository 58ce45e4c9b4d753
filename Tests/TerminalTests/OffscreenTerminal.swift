import CNcursesw
import Glibc
import Testing

/// An ncurses screen drawn to /dev/null, so no real terminal is needed (CI has none).
enum OffscreenTerminal {
    static func with(_ body: () throws -> Void) throws {
        setlocale(LC_ALL, "C.UTF-8")
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        let screen = try #require(newterm("xterm", output, input))
        defer {
            endwin()
            delscreen(screen)
            fclose(output)
            fclose(input)
        }
        try body()
    }
}
