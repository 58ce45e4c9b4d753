import Essentials
import Glibc
import Localization
import Subprocess
import SystemPackage

/// `$PAGER` (else `less -R`) on the terminal, with bytes on its standard input, as git and man
/// run it: through `sh -c`, since a pager is a command line (`less -R`), in the browser's
/// process group so that it reads the keyboard. No deadline: it ends when the person quits it.
/// Its standard error is kept (bounded) for the status line instead of drawn over the screen.
public enum PagerProcess {
    public static let fallback = "less -R"

    /// The command line to run: `$PAGER` when set and not blank, else `less -R`.
    public static func command(environment: [String: String]) -> String {
        let pager = (environment["PAGER"] ?? "").trimmingWhitespace()
        return pager.isEmpty ? fallback : pager
    }

    /// Runs it to the end. Returns nil when it exited 0 or was ended by the person's Ctrl-C or
    /// Ctrl-\, else what went wrong in one line: its last line of errors, or its exit status.
    public static func run(_ command: String, input: [UInt8]) async -> String? {
        do {
            // From a file, not a pipe: a pager that does not start must not crash the browser.
            let inputFile = FileDescriptor(rawValue: try AnonymousFile.holding(input))
            let result = try await Subprocess.run(
                .path(FilePath("/bin/sh")), arguments: Arguments(["-c", command]),
                input: .fileDescriptor(inputFile, closeAfterSpawningProcess: true),
                output: .fileDescriptor(.standardOutput, closeAfterSpawningProcess: false),
                error: .string(limit: 16 * 1024))
            let errors = result.standardError.split(whereSeparator: \.isNewline).last.map(String.init)
            switch result.terminationStatus {
            // less survives Ctrl-C, but `sh -c` waiting for it dies of it once less ends: the
            // person's own key, not a failure to report.
            case .exited(0), .signaled(SIGINT), .signaled(SIGQUIT): return nil
            case .exited(let code): return errors ?? Message.pagerEnded(command: command, status: "\(code)").text()
            case .signaled(let signal):
                return errors ?? Message.pagerEnded(command: command, status: "SIG \(signal)").text()
            }
        } catch {
            return "\(command): \(error)"
        }
    }
}
