import Essentials
import FoundationEssentials
import Glibc
import Localization
import NP6
import Synchronization

/// A batch's progress on stderr. On a terminal: one bar, redrawn at most ten times a second,
/// with done/total, the rate, the time left and the failures. Otherwise (a log, CI): one line
/// per contact, so that the file says what happened to each. The workers finish contacts on
/// several threads: the counts live in a `Mutex`, as every other shared state of the program.
final class BatchProgress: Sendable {
    private struct Counts {
        var lastDrawn = ContinuousClock.now - .seconds(1)
        var drawn = false
        var done = 0
        var failures = 0
    }

    private let counts = Mutex(Counts())
    private let total: Int
    private let verb: String
    private let onTerminal: Bool
    private let started = ContinuousClock.now

    init(total: Int, verb: String, onTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.verb = verb
        self.onTerminal = onTerminal
    }

    /// One contact finished; `line` is what the log says of it when stderr is not a terminal.
    func finished(failed: Bool, line: @autoclosure () -> ConsoleText) {
        let logLine = onTerminal ? nil : line().text
        counts.withLock { counts in
            counts.done += 1
            if failed { counts.failures += 1 }
            if let logLine {
                try? FileOutput.standardError.write(logLine + "\n")
                return
            }
            let now = ContinuousClock.now
            // A bar cleared for other output comes back at once; otherwise ten times a second.
            if now - counts.lastDrawn >= .milliseconds(100) || counts.done == total || !counts.drawn {
                counts.lastDrawn = now
                draw(&counts, now: now)
            }
        }
    }

    /// Clears the bar so that what follows starts on a clean line.
    func end() {
        counts.withLock { counts in
            if onTerminal, counts.drawn { try? FileOutput.standardError.write("\r\u{1B}[K") }
            counts.drawn = false
        }
    }

    /// Writes other output (the plan, a result line) on a clean line: the bar goes first, and
    /// comes back with the next contact. stdout and stderr are often one terminal.
    func clearing(_ write: () throws(OutputError) -> Void) throws(OutputError) {
        counts.withLock { counts in
            if onTerminal, counts.drawn { try? FileOutput.standardError.write("\r\u{1B}[K") }
            counts.drawn = false
        }
        try write()
    }

    /// Says something above the bar (the bar is drawn again on the next contact).
    func say(_ text: ConsoleText) {
        counts.withLock { counts in
            try? FileOutput.standardError.write(
                (onTerminal && counts.drawn ? "\r\u{1B}[K" : "") + "np6-subs: " + text.text + "\n")
            counts.drawn = false
        }
    }

    private func draw(_ state: inout Counts, now: ContinuousClock.Instant) {
        let (done, failures) = (state.done, state.failures)
        let seconds = (now - started).seconds
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let left = rate > 0 ? Self.clock(Double(total - done) / rate) : "--:--"
        let counts = Message.progressCounts(
            done: done, total: total, rate: Int(rate.rounded()), left: left, failures: failures
        ).text()
        // One line that fits: a line that wraps cannot be redrawn in place with \r. The bar
        // takes what is left of the width (up to 24 cells), and goes first when there is none.
        let columns = Self.columns()
        let room = columns - 1 - verb.count - counts.count - 2
        var text = verb + " " + counts
        if room >= 5 {
            let width = min(24, room)
            let filled = total > 0 ? min(width, done * width / total) : width
            let (full, empty) = Self.utf8 ? ("█", "░") : ("#", "-")
            text =
                verb + " " + String(repeating: full, count: filled) + String(repeating: empty, count: width - filled)
                + " " + counts
        }
        if text.count > columns - 1 {
            // Narrow: the same figures in fewer words, then whatever fits.
            text = Message.progressCountsShort(
                verb: verb, done: done, total: total, rate: Int(rate.rounded()), left: left, failures: failures
            ).text()
            if text.count > columns - 1 { text = String(text.prefix(max(0, columns - 1))) }
        }
        try? FileOutput.standardError.write("\r\u{1B}[K" + text)
        state.drawn = true
    }

    /// Whether the locale's characters are UTF-8 (else the bar is drawn in ASCII).
    static let utf8: Bool = {
        let environment = ProcessInfo.processInfo.environment
        let locale =
            environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LC_CTYPE"].flatMap {
                $0.isEmpty ? nil : $0
            } ?? environment["LANG"] ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }()

    /// stderr's width in cells (80 when the kernel does not say).
    static func columns() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// `1:05` or `1:02:05`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" : "\(minutes):\(twoDigits(rest))"
    }
}
