import Essentials
import Foundation
import Glibc
import Settings
import StateFolder
import Terminal

/// The checks of `doctor` that need no network: the terminal, the locale, the journal's folder.
enum LocalChecks {
    /// TERM known to terminfo, a UTF-8 locale, colours, size.
    static func terminal(environment: [String: String]) -> [DoctorCheck] {
        var checks: [DoctorCheck] = []
        let term = environment["TERM"] ?? ""
        var colors: Int?
        if term.isEmpty {
            checks.append(
                .fail("terminal", "TERM is not set", fix: "run np6-subs in a terminal, or export TERM=xterm-256color"))
        } else if let entry = TerminfoProbe.entry(term: term) {
            colors = entry.colors
            if entry.addressable {
                checks.append(.pass("terminal", "TERM=\(term) is known to terminfo"))
            } else {
                checks.append(
                    .fail(
                        "terminal", "TERM=\(term) cannot move the cursor: the browser cannot draw on it",
                        fix: "use a full terminal (TERM=xterm-256color); the subcommands work anywhere"))
            }
        } else {
            checks.append(
                .fail(
                    "terminal", "terminfo has no entry for TERM=\(term)",
                    fix: "install it (apt-get install ncurses-term), or export TERM=xterm-256color"))
        }

        let (codeset, outcome) = localeCodeset()
        let localeName =
            environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LC_CTYPE"].flatMap {
                $0.isEmpty ? nil : $0
            }
            ?? environment["LANG"] ?? "unset"
        if codeset == "UTF-8", case .fallback(let fallback?) = outcome {
            checks.append(
                .pass("locale", "UTF-8 (\(localeName) is not installed here: drawn with \(fallback)'s characters)"))
        } else if codeset == "UTF-8" {
            checks.append(.pass("locale", "UTF-8 (\(localeName))"))
        } else {
            checks.append(
                .fail(
                    "locale", "\(codeset) (\(localeName)): wide and accented characters would be drawn wrong",
                    fix: "export LANG=C.UTF-8 (or another installed UTF-8 locale: locale -a)"))
        }

        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            checks.append(
                .pass("colours", "off: NO_COLOR is set (badges and the production band show in reverse video)"))
        } else if let colors {
            checks.append(
                .pass("colours", colors >= 8 ? "\(colors)" : "none in terminfo: styles only (bold, reverse, underline)")
            )
        } else {
            checks.append(.pass("colours", "not known (no terminfo entry)"))
        }

        var rows: Int32 = 0
        var columns: Int32 = 0
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            (rows, columns) = (Int32(size.ws_row), Int32(size.ws_col))
            if columns >= 40, rows >= 10 {
                checks.append(
                    .pass(
                        "size",
                        "\(columns)×\(rows)" + (columns < 80 ? " (80×24 or more shows the detail beside the list)" : "")
                    ))
            } else {
                checks.append(
                    .fail("size", "\(columns)×\(rows) is below the browser's 40×10", fix: "make the window larger"))
            }
        } else {
            checks.append(.pass("size", "no terminal on standard output (the browser checks it when it starts)"))
        }
        return checks
    }

    /// The character set the browser would draw with, as it sets it up (`TerminalLocale`), and
    /// the fallback it takes when the environment's locale is not installed.
    static func localeCodeset() -> (codeset: String, fallback: TerminalLocale.Outcome) {
        let previous = setlocale(LC_ALL, nil).map { String(cString: $0) }
        defer { if let previous { setlocale(LC_ALL, previous) } }
        let outcome = TerminalLocale.activate()
        if case .fallback(nil) = outcome { return ("unknown", outcome) }
        return (TerminalLocale.codeset, outcome)
    }

    /// The journal's folder: writable and private (0700), its file 0600; or, before the first
    /// delete, a parent where it can be created.
    static func journalFolder(environment: [String: String]) -> DoctorCheck {
        let folder = StatePaths.directory(environment: environment)
        var info = stat()
        guard stat(folder, &info) == 0 else {
            var parent = (folder as NSString).deletingLastPathComponent
            while !parent.isEmpty, parent != "/", !FileManager.default.fileExists(atPath: parent) {
                parent = (parent as NSString).deletingLastPathComponent
            }
            if access(parent, W_OK) == 0 {
                return .pass("journal", "\(folder) will be created (mode 0700) at the first delete")
            }
            return .fail(
                "journal", "\(folder) does not exist and \(parent) is not writable",
                fix: "mkdir -p -m 700 '\(folder)', or set XDG_STATE_HOME")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            return .fail(
                "journal", "\(folder) is not a folder", fix: "move it away; np6-subs creates the folder itself")
        }
        if let problem = PathTrust.problem(folder, what: "the state folder") {
            return .fail("journal", problem, fix: "make the folder yours alone (the fix above), or set XDG_STATE_HOME")
        }
        let mode = info.st_mode & 0o777
        guard access(folder, W_OK | X_OK) == 0 else {
            return .fail("journal", "\(folder) is not writable", fix: "chmod 700 '\(folder)' (and check its owner)")
        }
        guard mode & 0o077 == 0 else {
            return .fail(
                "journal", "\(folder) has mode \(String(format: "%04o", mode)): others can read what was deleted",
                fix: "chmod 700 '\(folder)'")
        }
        let journal = folder + "/journal.jsonl"
        var fileInfo = stat()
        if lstat(journal, &fileInfo) == 0, fileInfo.st_mode & S_IFMT == S_IFLNK {
            return .fail(
                "journal", "\(journal) is a symbolic link, which np6-subs refuses to follow",
                fix: "look at where it leads, then remove it: the journal is a file of its own")
        }
        if stat(journal, &fileInfo) == 0 {
            let fileMode = fileInfo.st_mode & 0o777
            guard fileMode & 0o077 == 0 else {
                return .fail(
                    "journal", "\(journal) has mode \(String(format: "%04o", fileMode))", fix: "chmod 600 '\(journal)'")
            }
            guard access(journal, W_OK) == 0 else {
                return .fail("journal", "\(journal) is not writable", fix: "chmod 600 '\(journal)'")
            }
        }
        return .pass("journal", "\(folder) is writable, mode \(String(format: "%04o", mode))")
    }
}
