import Glibc

/// A write that failed: the reader went away (`EPIPE`), the disk is full (`ENOSPC`), or another
/// I/O error, by its errno.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: Int32

    public init(code: Int32) {
        self.code = code
    }

    /// The reader closed the pipe (`np6-subs list | head -1`): not a failure to report.
    public var isClosedPipe: Bool { code == EPIPE }

    public var description: String { SystemErrorText.text(errno: code) }
}
