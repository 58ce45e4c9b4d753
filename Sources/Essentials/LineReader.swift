import Glibc
import Localization

/// Reads a file descriptor line by line in blocks of 64 KiB, so memory stays flat whatever the
/// file's length. A line ends at LF; a CR before it is dropped; the last line may lack its LF.
/// Each byte is searched for LF once (a 16 MB line used to be rescanned at every block: 5 s), and
/// a line longer than `maximumLineLength` is an error naming it, so `/dev/zero` cannot fill memory.
/// Read errors are thrown, never trapped on.
public struct LineReader {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
        /// The line that was too long, if that was the failure.
        public var line: Int?
    }

    private let descriptor: Int32
    private let maximumLineLength: Int
    private var block = [UInt8](repeating: 0, count: 64 * 1024)
    private var pending: [UInt8] = []
    /// Where the unread part of `pending` starts (moving an index is cheaper than removing bytes).
    private var start = 0
    /// How far past `start` is known to hold no LF.
    private var searched = 0
    private var atEnd = false
    /// The number of the line `next()` returned last (1-based).
    public private(set) var lineNumber = 0

    /// `maximumLineLength` bytes, its line ending excepted; 1 MiB unless the caller knows better
    /// (a run's plan holds a contact's whole answer on one line).
    public init(descriptor: Int32, maximumLineLength: Int = 1 << 20) {
        self.descriptor = descriptor
        self.maximumLineLength = maximumLineLength
    }

    /// The next line's bytes without its line ending, or nil at the end of the file.
    public mutating func next() throws(Failure) -> [UInt8]? {
        guard let range = try nextRange() else { return nil }
        return Array(pending[range])
    }

    /// A line read by `next(skippingLinesStartingWith:)`.
    public enum Line: Equatable {
        /// It started with the prefix: passed over, never copied.
        case skipped
        case read([UInt8])
    }

    /// The next line, or `.skipped` when it starts with `prefix` (counting a plan's contacts
    /// need not copy their 235 MB answers); nil at the end.
    public mutating func next(skippingLinesStartingWith prefix: [UInt8]) throws(Failure) -> Line? {
        guard let range = try nextRange() else { return nil }
        return pending[range].starts(with: prefix) ? .skipped : .read(Array(pending[range]))
    }

    /// The next line's place in `pending`, valid until the next call.
    private mutating func nextRange() throws(Failure) -> Range<Int>? {
        while true {
            if let newline = pending[(start + searched)...].firstIndex(of: UInt8(ascii: "\n")) {
                let range = try checked(trimmed(start..<newline))
                start = newline + 1
                searched = 0
                lineNumber += 1
                return range
            }
            searched = pending.count - start
            if atEnd {
                guard start < pending.count else { return nil }
                let range = try checked(trimmed(start..<pending.count))
                start = pending.count
                searched = 0
                lineNumber += 1
                return range
            }
            guard searched <= maximumLineLength + 1 else { throw tooLong() }
            if start > 0 {
                pending.removeSubrange(..<start)
                start = 0
            }
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: SystemErrorText.text(errno: errno))
            }
            if count == 0 { atEnd = true } else { pending.append(contentsOf: block[..<count]) }
        }
    }

    private func checked(_ range: Range<Int>) throws(Failure) -> Range<Int> {
        guard range.count <= maximumLineLength else { throw tooLong() }
        return range
    }

    private func tooLong() -> Failure {
        Failure(
            description: Message.lineTooLong(line: lineNumber + 1, size: Self.sizeText(maximumLineLength)).text(),
            line: lineNumber + 1)
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        if !range.isEmpty, pending[range.upperBound - 1] == UInt8(ascii: "\r") {
            return range.lowerBound..<(range.upperBound - 1)
        }
        return range
    }

    /// `1 MiB`, `300 MiB`, `512 bytes`.
    static func sizeText(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
