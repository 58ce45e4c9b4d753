import Browser
import Essentials
import Glibc
import Primitives

/// What the benchmark of the screen reads (`NP6_FRAME_TRACE=FILE`, see docs/performance.md):
/// one line per key read and per frame drawn, each stamped with the monotonic clock in
/// microseconds, so that "Enter to the first rows drawn" is measured inside the program and not
/// through tmux's polling. Off unless asked for; a write that fails stops the trace, nothing else.
final class FrameTrace {
    private var output: FileOutput?

    init(environment: [String: String]) {
        guard let path = environment["NP6_FRAME_TRACE"], !path.isEmpty else { return }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        if descriptor >= 0 { output = FileOutput(descriptor: descriptor) }
    }

    deinit { if let output { close(output.descriptor) } }

    func key(_ action: Action) {
        guard output != nil, case .key(let key) = action else { return }
        write("key \(key.label)")
    }

    /// After a frame is on the terminal: the rows it holds and whether its filter is settled.
    func frame(_ state: BrowserState) {
        guard output != nil else { return }
        let settled = state.filter == state.shownFilter && state.runningFilter == nil && !state.waitingForIndex
        write(
            """
            frame rows=\(state.subscriptions.count) visible=\(state.visible.count) \
            loading=\(state.isLoading) indexed=\(state.searchIndex != nil) settled=\(settled) \
            filter=\(state.shownFilter.text)
            """)
    }

    private func write(_ event: String) {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let microseconds = Int(now.tv_sec) * 1_000_000 + Int(now.tv_nsec) / 1_000
        do { try output?.write("\(microseconds) \(event)\n") } catch {
            if let output { close(output.descriptor) }
            output = nil
        }
    }
}
