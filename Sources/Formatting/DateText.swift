import Localization
import NP6

/// Dates and ages as the screen shows them. Pure: the time zone is passed in, so views and
/// tests give the same text on every machine. Each date is shown with the offset in force at
/// that date (a July date in Paris is +02:00 even when read in January).
public enum DateText {
    /// `2023-05-22 10:20` in local time; `22/05/2023 10:20` in French.
    public static func local(_ timestamp: ISO8601Timestamp, timeZone: LocalTimeZone) -> String {
        let parts = timestamp.civil(in: timeZone)
        return Message.dateShort(
            year: String(parts.year), month: two(parts.month), day: two(parts.day), hour: two(parts.hour),
            minute: two(parts.minute)
        ).text()
    }

    /// `2023-05-22 10:20:05 +02:00` in local time; `22/05/2023 10:20:05 +02:00` in French.
    public static func localWithSeconds(_ timestamp: ISO8601Timestamp, timeZone: LocalTimeZone) -> String {
        let parts = timestamp.civil(in: timeZone)
        let utcOffset = timeZone.offset(at: timestamp.secondsSince1970)
        let sign = utcOffset < 0 ? "-" : "+"
        let offset = abs(utcOffset)
        return Message.dateWithSeconds(
            year: String(parts.year), month: two(parts.month), day: two(parts.day), hour: two(parts.hour),
            minute: two(parts.minute), second: two(parts.second),
            offset: "\(sign)\(two(offset / 3600)):\(two(offset / 60 % 60))"
        ).text()
    }

    /// A time as a file recorded it (ISO 8601), in local time; as recorded if it cannot be read.
    public static func local(recorded text: String, timeZone: LocalTimeZone, seconds: Bool = false) -> String {
        guard let time = ISO8601Timestamp(parsing: text) else { return text }
        return seconds ? localWithSeconds(time, timeZone: timeZone) : local(time, timeZone: timeZone)
    }

    /// `just now`, `42 s ago`, `5 min ago`, `3 h ago`, `12 days ago`, `3 months ago`, `2 years ago`.
    /// French: `à l’instant`, `il y a 42 s`, … `il y a 2 ans`.
    public static func age(seconds: Double) -> String {
        ageMessage(seconds: seconds).text()
    }

    static func ageMessage(seconds: Double) -> Message {
        if seconds < 0 { return .ageFuture }
        if seconds < 5 { return .ageJustNow }
        if seconds < 60 { return .ageSeconds(Int(seconds)) }
        if seconds < 3600 { return .ageMinutes(Int(seconds / 60)) }
        if seconds < 86_400 { return .ageHours(Int(seconds / 3600)) }
        let days = Int(seconds / 86_400)
        if days < 60 { return .ageDays(days) }
        if days < 730 { return .ageMonths(days / 30) }
        return .ageYears(days / 365)
    }

    /// `now`, `in 42 s`, `in 5 min`, `in 3 h`: how far ahead a moment is (a quota's reset).
    public static func until(seconds: Double) -> String {
        if seconds < 1 { return Message.untilNow.text() }
        if seconds < 60 { return Message.untilSeconds(Int(seconds.rounded(.up))).text() }
        if seconds < 3600 { return Message.untilMinutes(Int((seconds / 60).rounded(.up))).text() }
        return Message.untilHours(Int((seconds / 3600).rounded(.up))).text()
    }

    /// How long until `age(seconds:)` would change its text: the next redraw needed for it.
    public static func secondsUntilAgeChanges(seconds: Double) -> Double {
        if seconds < 5 { return 5 - seconds }
        if seconds < 60 { return 1 - seconds.truncatingRemainder(dividingBy: 1) }
        if seconds < 3600 { return 60 - seconds.truncatingRemainder(dividingBy: 60) }
        return 3600 - seconds.truncatingRemainder(dividingBy: 3600)
    }

    private static func two(_ value: Int) -> String { ISO8601Timestamp.two(value) }
}
