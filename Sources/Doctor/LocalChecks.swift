import Essentials
import FoundationEssentials
import Glibc
import Localization
import Settings
import StateFolder
import Terminal

/// The checks of `doctor` that need no network: the terminal, the locale, the journal's folder.
enum LocalChecks {
    /// TERM known to terminfo, a UTF-8 locale, colours, size.
    static func terminal(environment: [String: String]) -> [DoctorCheck] {
        var checks: [DoctorCheck] = []
        let term = environment["TERM"] ?? ""
        let terminal = Message.doctorStepTerminal.text()
        var colors: Int?
        if term.isEmpty {
            checks.append(
                .fail(terminal, Message.doctorTermUnset.text(), fix: Message.doctorTermUnsetFix.text()))
        } else if let entry = TerminfoProbe.entry(term: term) {
            colors = entry.colors
            if entry.addressable {
                checks.append(.pass(terminal, Message.doctorTermKnown(term: term).text()))
            } else {
                checks.append(
                    .fail(
                        terminal, Message.doctorTermNotAddressable(term: term).text(),
                        fix: Message.doctorTermNotAddressableFix.text()))
            }
        } else {
            checks.append(
                .fail(terminal, Message.doctorTermUnknown(term: term).text(), fix: Message.doctorTermUnknownFix.text()))
        }

        let (codeset, outcome) = localeCodeset()
        let localeName =
            environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LC_CTYPE"].flatMap {
                $0.isEmpty ? nil : $0
            }
            ?? environment["LANG"] ?? Message.doctorLocaleUnset.text()
        let locale = Message.doctorStepLocale.text()
        if codeset == "UTF-8", case .fallback(let fallback?) = outcome {
            checks.append(
                .pass(locale, Message.doctorLocaleFallback(locale: localeName, fallback: fallback).text()))
        } else if codeset == "UTF-8" {
            checks.append(.pass(locale, Message.doctorLocaleUTF8(locale: localeName).text()))
        } else {
            checks.append(
                .fail(
                    locale, Message.doctorLocaleWrong(codeset: codeset, locale: localeName).text(),
                    fix: Message.doctorLocaleFix.text()))
        }

        let colours = Message.doctorStepColours.text()
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            checks.append(.pass(colours, Message.doctorColoursOff.text()))
        } else if let colors {
            checks.append(.pass(colours, colors >= 8 ? "\(colors)" : Message.doctorColoursNone.text()))
        } else {
            checks.append(.pass(colours, Message.doctorColoursUnknown.text()))
        }
        checks.append(sizeCheck())
        return checks
    }

    /// The window's size, when standard output is a terminal.
    static func sizeCheck() -> DoctorCheck {
        let step = Message.doctorStepSize.text()
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            let (rows, columns) = (Int32(size.ws_row), Int32(size.ws_col))
            if columns >= 40, rows >= 10 {
                return .pass(step, "\(columns)×\(rows)" + (columns < 80 ? Message.doctorSizeNarrow.text() : ""))
            }
            return .fail(
                step, Message.doctorSizeTooSmall(size: "\(columns)×\(rows)").text(), fix: Message.doctorSizeFix.text())
        }
        return .pass(step, Message.doctorSizeNoTerminal.text())
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
        let step = Message.doctorStepJournal.text()
        var info = stat()
        guard stat(folder, &info) == 0 else {
            var parent = folder.parentFolder
            while !parent.isEmpty, parent != "/", !FileManager.default.fileExists(atPath: parent) {
                parent = parent.parentFolder
            }
            if access(parent, W_OK) == 0 {
                return .pass(step, Message.doctorJournalWillCreate(folder: folder).text())
            }
            return .fail(
                step, Message.doctorJournalNoParent(folder: folder, parent: parent).text(),
                fix: Message.doctorJournalNoParentFix(command: "mkdir -p -m 700 '\(folder)'").text())
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            return .fail(
                step, Message.doctorJournalNotFolder(folder: folder).text(),
                fix: Message.doctorJournalNotFolderFix.text())
        }
        if let problem = PathTrust.problem(folder, what: Message.trustStateFolder.text()) {
            return .fail(step, problem, fix: Message.doctorJournalTrustFix.text())
        }
        let mode = info.st_mode & 0o777
        guard access(folder, W_OK | X_OK) == 0 else {
            return .fail(
                step, Message.doctorNotWritable(path: folder).text(),
                fix: Message.doctorChmodFolderOwner(command: "chmod 700 '\(folder)'").text())
        }
        guard mode & 0o077 == 0 else {
            return .fail(
                step, Message.doctorFolderOpen(folder: folder, mode: PathTrust.octal(mode)).text(),
                fix: "chmod 700 '\(folder)'")
        }
        let journal = folder + "/journal.jsonl"
        var fileInfo = stat()
        if lstat(journal, &fileInfo) == 0, fileInfo.st_mode & S_IFMT == S_IFLNK {
            return .fail(
                step, Message.doctorJournalLink(path: journal).text(), fix: Message.doctorJournalLinkFix.text())
        }
        if stat(journal, &fileInfo) == 0 {
            let fileMode = fileInfo.st_mode & 0o777
            guard fileMode & 0o077 == 0 else {
                return .fail(
                    step, Message.doctorFileMode(path: journal, mode: PathTrust.octal(fileMode)).text(),
                    fix: "chmod 600 '\(journal)'")
            }
            guard access(journal, W_OK) == 0 else {
                return .fail(step, Message.doctorNotWritable(path: journal).text(), fix: "chmod 600 '\(journal)'")
            }
        }
        return .pass(step, Message.doctorJournalWritable(folder: folder, mode: PathTrust.octal(mode)).text())
    }
}
