import Glibc

/// Reads a file descriptor line by line in blocks of 64 KiB, so memory stays flat whatever the
/// file's length. A line ends at LF; a CR before it is dropped; the last line may lack its LF.
/// Read errors are thrown, never trapped on.
public struct LineReader {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    private let descriptor: Int32
    private var block = [UInt8](repeating: 0, count: 64 * 1024)
    private var pending: [UInt8] = []
    /// Where the unread part of `pending` starts (moving an index is cheaper than removing bytes).
    private var start = 0
    private var atEnd = false
    /// The number of the line `next()` returned last (1-based).
    public private(set) var lineNumber = 0

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line's bytes without its line ending, or nil at the end of the file.
    public mutating func next() throws(Failure) -> [UInt8]? {
        while true {
            if let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(pending[start..<newline])
                start = newline + 1
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                lineNumber += 1
                return line
            }
            if atEnd {
                guard start < pending.count else { return nil }
                var line = Array(pending[start...])
                start = pending.count
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                lineNumber += 1
                return line
            }
            pending.removeSubrange(..<start)
            start = 0
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: String(cString: strerror(errno)))
            }
            if count == 0 { atEnd = true } else { pending.append(contentsOf: block[..<count]) }
        }
    }
}
