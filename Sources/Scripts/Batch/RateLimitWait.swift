import Essentials
import FoundationEssentials
import Glibc
import Localization
import Synchronization

/// What a batch says while its pacer waits for the rate limit's window: on a terminal a
/// countdown in place of the progress bar (redrawn each second, cleared when the wait ends);
/// in a log one line when a wait begins. A wait of minutes used to be silent.
final class RateLimitWait: Sendable {
    private let announced = Mutex<Double?>(nil)
    private let onTerminal: Bool
    private let clock: @Sendable () -> Double

    init(
        onTerminal: Bool = isatty(STDERR_FILENO) == 1,
        clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }
    ) {
        self.onTerminal = onTerminal
        self.clock = clock
    }

    /// The pacer's report: the time the wait ends, or nil when it has ended.
    @Sendable func show(_ until: Double?) {
        announced.withLock { announced in
            defer { announced = until }
            guard let until else {
                if onTerminal, announced != nil { try? FileOutput.standardError.write("\r\u{1B}[K") }
                return
            }
            let left = BatchProgress.clock(max(0, until - clock()))
            let text = Message.batchWaiting(left: left).text()
            if onTerminal {
                let columns = BatchProgress.columns()
                let short = Message.batchWaitingShort(left: left).text()
                let line = text.count < columns ? text : String(short.prefix(max(0, columns - 1)))
                try? FileOutput.standardError.write("\r\u{1B}[K" + line)
            } else if announced == nil {
                try? FileOutput.standardError.write("np6-subs: " + text + "\n")
            }
        }
    }
}
