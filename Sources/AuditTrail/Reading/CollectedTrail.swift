import Essentials
import Glibc

/// A collector's file, one RFC 5424 message a line as rsyslog (`RSYSLOG_SyslogProtocol23Format`)
/// or syslog-ng (`syslog-protocol`) writes it: np6-subs's events in file order, with their line
/// numbers. Other programs' lines, lines that are not RFC 5424 and `doctor`'s test events are
/// passed over.
public struct CollectedTrail: Sendable {
    public struct Line: Sendable {
        public var number: Int
        public var event: AuditEvent
    }

    public var lines: [Line]
    /// Lines that were not np6-subs events (other programs share a collector).
    public var otherLines: Int

    public init(lines: [Line], otherLines: Int = 0) {
        self.lines = lines
        self.otherLines = otherLines
    }

    /// Reads `path` line by line (a collector's file can be large; a line past 1 MiB is refused).
    public static func read(_ path: String) throws(AuditFailure) -> CollectedTrail {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw AuditFailure("cannot open \(path): \(SystemErrorText.text(errno: errno))") }
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor)
        var trail = CollectedTrail(lines: [])
        while true {
            let bytes: [UInt8]?
            do { bytes = try reader.next() } catch { throw AuditFailure("\(path): \(error.description)") }
            guard let bytes else { break }
            trail.take(String(decoding: bytes, as: UTF8.self), number: reader.lineNumber)
        }
        return trail
    }

    /// The same from text in memory (tests, a file already read).
    public static func parse(_ text: String) -> CollectedTrail {
        var trail = CollectedTrail(lines: [])
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty {
            trail.take(String(line), number: index + 1)
        }
        return trail
    }

    private mutating func take(_ line: String, number: Int) {
        guard let message = SyslogMessage.parse(Substring(line)),
            let element = message.element(AuditEvent.elementID), let event = AuditEvent(element: element),
            event.phase != .test
        else {
            otherLines += 1
            return
        }
        lines.append(Line(number: number, event: event))
    }

    /// Each event once (the first copy): the collector may hold an event twice, when a delivery
    /// was sent again.
    public var distinctEvents: [AuditEvent] {
        var seen = Set<String>()
        return lines.compactMap { line in seen.insert(line.event.eventID).inserted ? line.event : nil }
    }
}
