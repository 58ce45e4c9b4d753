import CLibC
import Glibc

/// A thread of its own for work that blocks (the UI loop waits in `poll()`), instead of one of
/// the cooperative pool's two. Foundation's `Thread` does the same but lives in the part of
/// Foundation that links ICU.
public enum DedicatedThread {
    /// Runs `body` on a new, detached thread named `name` (at most 15 bytes, as Linux keeps).
    /// False when the system refuses a thread; then `body` never runs.
    @discardableResult
    public static func start(name: String, _ body: @escaping @Sendable () -> Void) -> Bool {
        final class Box: Sendable {
            let body: @Sendable () -> Void
            let name: String
            init(_ body: @escaping @Sendable () -> Void, name: String) {
                self.body = body
                self.name = name
            }
        }
        let box = Unmanaged.passRetained(Box(body, name: name)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(
            &thread, nil,
            { raw in
                let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
                np6_name_this_thread(box.name)
                box.body()
                return nil
            }, box)
        guard started == 0 else {
            Unmanaged<Box>.fromOpaque(box).release()
            return false
        }
        pthread_detach(thread)
        return true
    }
}
