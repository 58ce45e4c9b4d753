import CLibC

/// Ctrl-C (or SIGTERM) during a batch: the first stops new requests and lets those in flight
/// finish; the second abandons them (their tasks are cancelled, and each is journalled as outcome
/// unknown). The signals only count while the watch lives (a C handler), and a task polls the
/// count every 50 ms; `stop` gives them their default action back.
final class InterruptWatch: Sendable {
    private let poller: Task<Void, Never>

    /// `onPress` is called with 1 on the first Ctrl-C, 2 on the second, and so on.
    init(onPress: @escaping @Sendable (Int) -> Void) {
        np6_watch_interrupts(1)
        poller = Task.detached {
            var handled = 0
            while !Task.isCancelled {
                let count = Int(np6_interrupt_count())
                while handled < count {
                    handled += 1
                    onPress(handled)
                }
                try? await Task.sleep(for: .milliseconds(50))
            }
        }
    }

    var count: Int { Int(np6_interrupt_count()) }

    func stop() {
        poller.cancel()
        np6_watch_interrupts(0)
    }
}
