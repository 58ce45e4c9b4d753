/// A POSIX `TZ` rule, as the footer of a TZif file and the `TZ` variable write it:
/// `CET-1CEST,M3.5.0,M10.5.0/3` (standard name and offset west of UTC, summer name and offset,
/// the day and local time summer starts, the day and local time it ends). It answers for every
/// year after a zone file's last transition, and for a `TZ` that names no file.
public struct PosixZoneRule: Sendable, Equatable {
    /// A day of the year: `Jn` (1…365, February 29 never counted), `n` (0…365), `Mm.w.d` (the
    /// d-th weekday, Sunday 0, of week w, 5 meaning the last, of month m).
    enum Day: Sendable, Equatable {
        case julian(Int)
        case zeroBased(Int)
        case weekday(month: Int, week: Int, weekday: Int)
    }

    struct Change: Sendable, Equatable {
        let day: Day
        /// Local seconds after midnight (may be negative or past 24 hours).
        let time: Int
    }

    /// Seconds east of UTC, as `offset(at:)` answers.
    let standardOffset: Int
    let summer: (offset: Int, start: Change, end: Change)?

    public static func == (lhs: PosixZoneRule, rhs: PosixZoneRule) -> Bool {
        lhs.standardOffset == rhs.standardOffset && lhs.summer?.offset == rhs.summer?.offset
            && lhs.summer?.start == rhs.summer?.start && lhs.summer?.end == rhs.summer?.end
    }

    /// Seconds to add to UTC at `seconds` since 1970.
    public func offset(at seconds: Int) -> Int {
        guard let summer else { return standardOffset }
        let year = ISO8601Timestamp(secondsSince1970: Double(seconds + standardOffset)).civil().year
        // Summer starts at a local standard time and ends at a local summer time.
        let start = Self.instant(summer.start, year: year) - standardOffset
        let end = Self.instant(summer.end, year: year) - summer.offset
        let inSummer = start < end ? (seconds >= start && seconds < end) : (seconds < end || seconds >= start)
        return inSummer ? summer.offset : standardOffset
    }

    /// The change's local wall-clock time in `year`, counted like seconds since 1970.
    static func instant(_ change: Change, year: Int) -> Int {
        let january1 = ISO8601Timestamp.daysSince1970(year: year, month: 1, day: 1)
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days: Int
        switch change.day {
        case .julian(let n): days = january1 + n - 1 + (leap && n >= 60 ? 1 : 0)
        case .zeroBased(let n): days = january1 + n
        case .weekday(let month, let week, let weekday):
            let first = ISO8601Timestamp.daysSince1970(year: year, month: month, day: 1)
            // 1970-01-01 was a Thursday (4).
            let firstWeekday = ((first % 7) + 7 + 4) % 7
            var day = first + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
            let nextMonth =
                month == 12
                ? ISO8601Timestamp.daysSince1970(year: year + 1, month: 1, day: 1)
                : ISO8601Timestamp.daysSince1970(year: year, month: month + 1, day: 1)
            while day >= nextMonth { day -= 7 }
            days = day
        }
        return days * 86_400 + change.time
    }
}
