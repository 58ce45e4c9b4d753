import Browser
import Essentials
import Glibc
import Synchronization

/// Where finished effects leave their actions for the UI thread, and the pipe that wakes it.
/// The UI thread sleeps in poll() on the terminal and this pipe together: no polling loop.
public final class ActionInbox: Sendable {
    private let queue = Mutex<[Action]>([])
    /// Read end (the event loop polls it) and write end (effects and signal handlers write to it).
    public let readDescriptor: Int32
    public let writeDescriptor: Int32

    /// Fails when the process has no file descriptors left (EMFILE) or the system none (ENFILE).
    public init() throws(OutputError) {
        var descriptors: [Int32] = [0, 0]
        if pipe(&descriptors) != 0 { throw OutputError(code: errno) }
        for descriptor in descriptors {
            // Non-blocking: a signal handler or a burst of effects must never block on a full pipe.
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    public func post(_ action: Action) {
        queue.withLock { $0.append(action) }
        wake(UInt8(ascii: "e"))
    }

    public func drain() -> [Action] {
        queue.withLock { actions in
            defer { actions.removeAll() }
            return actions
        }
    }

    func wake(_ byte: UInt8) {
        var byte = byte
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Reads and returns what woke the loop: `e` (actions), `w` (resize), `q` (a signal asking to quit).
    func readWakeBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(readDescriptor, &buffer, buffer.count)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }
}
