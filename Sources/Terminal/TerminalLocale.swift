import Glibc

/// The character set ncurses draws with. `setlocale(LC_ALL, "")` fails when the environment
/// names a locale this machine has not installed (`LANG=fr_FR.UTF-8` on a stock Debian), and
/// ncurses then draws every accent and box line as bytes. A UTF-8 locale that exists is taken
/// instead, for the character set only: the words come from the catalog, not from glibc.
public enum TerminalLocale {
    public enum Outcome: Sendable, Equatable {
        /// The environment's locale, installed.
        case environment
        /// It is not installed; `fallback` gives the character set (nil: none was found).
        case fallback(String?)
    }

    /// UTF-8 locales to try, the most neutral first. C.UTF-8 is built into glibc 2.35 and later.
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"]

    /// Sets the process's locale for drawing, and says how.
    @discardableResult
    public static func activate() -> Outcome {
        if setlocale(LC_ALL, "") != nil { return .environment }
        // Whatever of the environment exists (numbers, collation) stays; the character set is UTF-8.
        for name in fallbacks where setlocale(LC_CTYPE, name) != nil { return .fallback(name) }
        return .fallback(nil)
    }

    /// The character set now in force.
    public static var codeset: String { String(cString: nl_langinfo(nl_item(CODESET))) }
}
