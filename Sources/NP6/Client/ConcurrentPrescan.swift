import Dispatch
import Essentials
import Synchronization

/// A `JSONArrayPrescan` on a thread of its own, following an answer's bytes as the transport
/// receives them into one buffer.
///
/// On the receiving task the prescan held up every chunk: AsyncHTTPClient reads the next one
/// only when asked, so the download waited on the validation (a 45 MB answer came in 722 chunks,
/// half the time spent validating between them; docs/performance.md). Here the task only copies
/// and publishes how far the bytes go, and the two run on both cores.
///
/// The buffer is read through its address, so the owner promises two things: its storage never
/// moves while the thread runs (it was reserved whole, from Content-Length, and is never grown
/// past that), and it outlives the thread (the owner awaits `finish` or `stop` on every path).
final class ConcurrentPrescan: Sendable {
    private struct Progress {
        var published = 0
        var finished = false
        var stopped = false
        var outcome: CheckedContinuation<[NotedElement]?, Never>?
        var result: [NotedElement]??
    }

    /// Below this, the thread would cost more than it saves: a 64 KiB answer validates in
    /// about 0.1 ms once whole.
    static let minimumBytes = 1 << 20

    private let address: Int
    private let progress = Mutex(Progress())
    private let wake = DispatchSemaphore(value: 0)

    /// Starts the thread over the storage of `body`, reserved to `capacity`; nil when the
    /// system refuses a thread (the caller then validates after the download, as before).
    static func start(noting keys: NotedKeys, over body: [UInt8]) -> ConcurrentPrescan? {
        guard let base = body.withUnsafeBufferPointer({ $0.baseAddress }) else { return nil }
        let prescan = ConcurrentPrescan(address: Int(bitPattern: base))
        let started = DedicatedThread.start(name: "np6 prescan") { prescan.run(keys) }
        return started ? prescan : nil
    }

    private init(address: Int) {
        self.address = address
    }

    /// The first `count` bytes are in place and will not change.
    func publish(_ count: Int) {
        progress.withLock { $0.published = count }
        wake.signal()
    }

    /// The whole answer is `count` bytes: its elements once the thread has read them all, nil
    /// when it could not vouch for them. The thread has ended when this returns.
    func finish(_ count: Int) async -> [NotedElement]? {
        await outcome {
            $0.published = count
            $0.finished = true
        }
    }

    /// Stops the thread (the download failed or outgrew the buffer) and waits for it to end.
    func stop() async {
        _ = await outcome { $0.stopped = true }
    }

    private func outcome(_ change: @Sendable (inout Progress) -> Void) async -> [NotedElement]? {
        await withCheckedContinuation { continuation in
            let ready = progress.withLock { progress -> [NotedElement]?? in
                change(&progress)
                if let result = progress.result { return .some(result) }
                progress.outcome = continuation
                return .none
            }
            if let ready { continuation.resume(returning: ready) }
            wake.signal()
        }
    }

    private func run(_ keys: NotedKeys) {
        var prescan = JSONArrayPrescan(noting: keys)
        guard let base = UnsafePointer<UInt8>(bitPattern: address) else { return end(nil) }
        var read = 0
        while true {
            wake.wait()
            let (published, finished, stopped) = progress.withLock { ($0.published, $0.finished, $0.stopped) }
            if stopped { return end(nil) }
            let bytes = UnsafeBufferPointer(start: base, count: published)
            if finished { return end(prescan.finish(bytes)) }
            if published > read {
                prescan.advance(over: bytes)
                read = published
            }
        }
    }

    private func end(_ result: [NotedElement]?) {
        let waiting = progress.withLock { progress in
            progress.result = .some(result)
            defer { progress.outcome = nil }
            return progress.outcome
        }
        waiting?.resume(returning: result)
    }
}
