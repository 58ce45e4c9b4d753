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
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(code: errno)
            }
            offset += written
        }
    }
}
