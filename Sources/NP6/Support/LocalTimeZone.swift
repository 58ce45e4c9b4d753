import Foundation

/// The time zone dates are shown in, with its rules: the offset is the one in force at each
/// date (summer time included), not the one in force now.
///
/// A thin wrapper of Foundation's `TimeZone` (its `secondsFromGMT(for:)` costs about 60 ns, so
/// 100,000 rows need no cache) that also turns a local wall-clock time back into an instant,
/// which the date filters need.
public struct LocalTimeZone: Sendable, Equatable {
    public let zone: TimeZone

    public init(_ zone: TimeZone) {
        self.zone = zone
    }

    public static let utc = LocalTimeZone(TimeZone(secondsFromGMT: 0) ?? .gmt)

    /// The zone of this process: `TZ` if set (an unknown name falls back to UTC, as the C
    /// library does), else the system's `/etc/localtime`, else UTC.
    public static var current: LocalTimeZone { LocalTimeZone(.current) }

    /// A named zone (`Europe/Paris`), or nil if the name is unknown.
    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.zone = zone
    }

    /// A zone without rules: always `seconds` from UTC.
    public static func fixed(offsetSeconds seconds: Int) -> LocalTimeZone {
        LocalTimeZone(TimeZone(secondsFromGMT: seconds) ?? .gmt)
    }

    /// Seconds to add to UTC to get the local time at `secondsSince1970`.
    public func offset(at secondsSince1970: Double) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: secondsSince1970))
    }

    /// The instant at which local clocks show `localSeconds` (a wall-clock time counted like
    /// seconds since 1970). In the hour a spring change skips, the time after the change; in the
    /// hour an autumn change repeats, the first of the two.
    public func instant(ofLocal localSeconds: Double) -> Double {
        let guess = localSeconds - Double(offset(at: localSeconds))
        let corrected = localSeconds - Double(offset(at: guess))
        // The earlier reading wins when the local time exists twice.
        let earlier = localSeconds - Double(offset(at: corrected - 3600))
        if earlier < corrected, Double(offset(at: earlier)) + earlier == localSeconds { return earlier }
        return corrected
    }
}
