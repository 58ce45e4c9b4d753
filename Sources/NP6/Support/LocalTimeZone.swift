import Essentials
import FoundationEssentials

/// The time zone dates are shown in, with its rules: the offset is the one in force at each
/// date (summer time included), not the one in force now.
///
/// The rules come from the system's zone files (`ZoneRules`), read as the C library reads them;
/// it also turns a local wall-clock time back into an instant, which the date filters need.
public struct LocalTimeZone: Sendable, Equatable {
    public let rules: ZoneRules

    public init(rules: ZoneRules) {
        self.rules = rules
    }

    public static let utc = LocalTimeZone(rules: .fixed(offsetSeconds: 0))

    /// The zone of this process, found as glibc finds it: `TZ` unset, the system's
    /// `/etc/localtime`; `TZ` a zone's name (`Europe/Paris`, `:Europe/Paris`) or a file's path;
    /// else `TZ` a POSIX rule (`CET-1CEST,M3.5.0,M10.5.0/3`); else (empty, unknown) UTC.
    public static let current = LocalTimeZone(environment: ProcessInfo.processInfo.environment)

    public init(environment: [String: String]) {
        let folder = environment["TZDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.zoneFolder
        guard let variable = environment["TZ"] else {
            self = Self.file("/etc/localtime") ?? .utc
            return
        }
        let name = variable.hasPrefix(":") ? String(variable.dropFirst()) : variable
        if let zone = name.hasPrefix("/") ? Self.file(name) : Self(identifier: name, folder: folder) {
            self = zone
        } else if let rule = PosixZoneRule(name) {
            self.init(rules: ZoneRules(rule: rule))
        } else {
            self = .utc
        }
    }

    public static let zoneFolder = "/usr/share/zoneinfo"

    /// A named zone (`Europe/Paris`), or nil if the name is unknown.
    public init?(identifier: String, folder: String = zoneFolder) {
        let parts = identifier.split(separator: "/", omittingEmptySubsequences: false)
        guard !identifier.isEmpty, !identifier.hasPrefix("/"), !parts.contains(where: { $0 == ".." || $0.isEmpty }),
            let zone = Self.file(folder + "/" + identifier)
        else { return nil }
        self = zone
    }

    static func file(_ path: String) -> LocalTimeZone? {
        guard let bytes = try? BoundedFile.read(path, limit: 1 << 20), let rules = ZoneRules(tzif: bytes) else {
            return nil
        }
        return LocalTimeZone(rules: rules)
    }

    /// A zone without rules: always `seconds` from UTC.
    public static func fixed(offsetSeconds seconds: Int) -> LocalTimeZone {
        LocalTimeZone(rules: .fixed(offsetSeconds: seconds))
    }

    /// Seconds to add to UTC to get the local time at `secondsSince1970`.
    public func offset(at secondsSince1970: Double) -> Int {
        guard secondsSince1970.isFinite, abs(secondsSince1970) < 1e15 else { return rules.offset(at: 0) }
        return rules.offset(at: Int(secondsSince1970.rounded(.down)))
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
