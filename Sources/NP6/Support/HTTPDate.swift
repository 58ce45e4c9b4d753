import FoundationEssentials

/// An HTTP date (`Date`, `Retry-After`) in the three forms RFC 9110 §5.6.7 asks a recipient to
/// accept: `Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT` and
/// `Sun Nov  6 08:49:37 1994`. Hand-written: FoundationEssentials has no HTTP date parser, and
/// `DateFormatter` would link ICU.
public enum HTTPDate {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let longDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The instant, or nil for any other text. The weekday must be one, not checked against the
    /// date (RFC 9110 leaves that to the sender).
    public static func parse(_ text: String, now: Date = Date()) -> Date? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if words.count == 6, words[0].hasSuffix(","), days.contains(String(words[0].dropLast())), words[5] == "GMT" {
            // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
            return instant(day: words[1], month: words[2], year: words[3], time: words[4], twoDigitYearNow: nil)
        }
        if words.count == 4, words[0].hasSuffix(","), longDays.contains(String(words[0].dropLast())), words[3] == "GMT"
        {
            // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
            let parts = words[1].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, parts[2].count == 2 else { return nil }
            return instant(day: parts[0], month: parts[1], year: parts[2], time: words[2], twoDigitYearNow: now)
        }
        if words.count == 5, days.contains(words[0]) {
            // asctime: Sun Nov  6 08:49:37 1994
            return instant(day: words[2], month: words[1], year: words[4], time: words[3], twoDigitYearNow: nil)
        }
        return nil
    }

    static func instant(day: String, month: String, year: String, time: String, twoDigitYearNow: Date?) -> Date? {
        guard let monthIndex = months.firstIndex(of: month), let day = number(day, digits: 1...2),
            (1...31).contains(day), var year = number(year, digits: twoDigitYearNow == nil ? 4...4 : 2...2)
        else { return nil }
        let clock = time.split(separator: ":", omittingEmptySubsequences: false).map {
            number(String($0), digits: 2...2)
        }
        guard clock.count == 3, let hour = clock[0], let minute = clock[1], let second = clock[2], hour < 24,
            minute < 60, second <= 60
        else { return nil }
        if let now = twoDigitYearNow {
            // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
            let thisYear = ISO8601Timestamp(secondsSince1970: now.timeIntervalSince1970).civil().year
            year += thisYear / 100 * 100
            if year > thisYear + 50 { year -= 100 }
        }
        let days = ISO8601Timestamp.daysSince1970(year: year, month: monthIndex + 1, day: day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    static func number(_ text: String, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.utf8.count), text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }
}
