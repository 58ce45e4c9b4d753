import CNcursesw
import Glibc

/// Restores the terminal if the process exits without closing the screen (an error path that
/// calls exit()), so the shell is never left in raw mode.
enum TerminalRestorer {
    private static let installed: Void = {
        atexit {
            if !isendwin() { endwin() }
        }
    }()

    static func install() {
        _ = installed
    }
}
