import Glibc

/// Writes to a file descriptor with write(2): short writes are resumed, EINTR retried, and a
/// closed pipe or a full disk comes back as an `OutputError` (Foundation's `FileHandle.write`
/// traps on both). SIGPIPE is ignored by the program, so a closed pipe is EPIPE here.
public struct FileOutput: Sendable {
    public let descriptor: Int32

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public static let standardOutput = FileOutput(descriptor: STDOUT_FILENO)
    public static let standardError = FileOutput(descriptor: STDERR_FILENO)

    public func write(_ text: String) throws(OutputError) {
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { buffer throws(OutputError) in try write(buffer) }
    }

    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        try write(bytes, waitingAtMost: nil)
    }

    /// Writes to a non-blocking descriptor (a pipe, a FIFO), waiting at most `limit` in all for
    /// a reader that takes no more: then `ETIMEDOUT`. A write must not hang on a stalled reader.
    public func write(_ text: String, waitingAtMost limit: Duration) throws(OutputError) {
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { buffer throws(OutputError) in try write(buffer, waitingAtMost: limit) }
    }

    public func write(_ bytes: UnsafeBufferPointer<UInt8>, waitingAtMost limit: Duration?) throws(OutputError) {
        guard let base = bytes.baseAddress else { return }
        let deadline = limit.map { ContinuousClock.now + $0 }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN, let deadline {
                    let left = deadline - ContinuousClock.now
                    guard left > .zero else { throw OutputError(code: ETIMEDOUT) }
                    var waiting = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&waiting, 1, Int32(max(1, min(left.components.seconds * 1000 + 1, 60_000))))
                    continue
                }
                throw OutputError(code: errno)
            }
            offset += written
        }
    }
}
