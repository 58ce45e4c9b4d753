/// A zone's offsets through time: the transitions of a TZif file (`/usr/share/zoneinfo`, read
/// as the C library reads it), then its POSIX rule for the years after them.
///
/// Hand-written: Foundation's `TimeZone` answers for named zones only through ICU, whose 34 MB of
/// data were most of the binary (docs/performance.md); glibc's `localtime_r` knows only the
/// process's own zone.
public struct ZoneRules: Sendable, Equatable {
    /// Seconds since 1970 at which the offset changes, ascending.
    let transitions: [Int]
    /// The offset in force from each transition on.
    let offsets: [Int]
    /// The offset before the first transition.
    let initialOffset: Int
    /// For times after the last transition (or always, for a rule without a file).
    let rule: PosixZoneRule?

    public static func fixed(offsetSeconds: Int) -> ZoneRules {
        ZoneRules(transitions: [], offsets: [], initialOffset: offsetSeconds, rule: nil)
    }

    public init(rule: PosixZoneRule) {
        self.init(transitions: [], offsets: [], initialOffset: rule.offset(at: 0), rule: rule)
    }

    init(transitions: [Int], offsets: [Int], initialOffset: Int, rule: PosixZoneRule?) {
        self.transitions = transitions
        self.offsets = offsets
        self.initialOffset = initialOffset
        self.rule = rule
    }

    /// Seconds to add to UTC to get the local time at `seconds` since 1970: a binary search of
    /// the transitions (about 12 steps for Europe/Paris), so a million rows need no cache.
    public func offset(at seconds: Int) -> Int {
        guard let last = transitions.last else { return rule?.offset(at: seconds) ?? initialOffset }
        if seconds >= last, let rule { return rule.offset(at: seconds) }
        guard seconds >= transitions[0] else { return initialOffset }
        var low = 0
        var high = transitions.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if transitions[middle] <= seconds { low = middle } else { high = middle - 1 }
        }
        return offsets[low]
    }
}
