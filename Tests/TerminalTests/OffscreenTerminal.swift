import CNcursesw
import Foundation
import Glibc
import Synchronization
import Testing

/// An ncurses screen drawn to /dev/null, so no real terminal is needed (CI has none).
enum OffscreenTerminal {
    /// ncurses keeps one current screen per process: two suites drawing at once crashed inside
    /// libncursesw, so every offscreen screen waits for the one before it.
    private static let oneScreenAtATime = Mutex(())

    static func with(_ body: () throws -> Void) throws {
        try oneScreenAtATime.withLock { _ in try drawOffscreen(body) }
    }

    private static func drawOffscreen(_ body: () throws -> Void) throws {
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
