/// An instant parsed from the API's ISO 8601 dates (`2023-05-22T08:20:05.215Z`, `…05.1Z`,
/// `…05+02:00`, with or without fractional seconds of any length).
///
/// Hand-written instead of ISO8601DateFormatter: it is several times faster on 100,000 rows and
/// tolerant of the varying fraction length the reference shows.
public struct ISO8601Timestamp: Sendable, Hashable, Comparable {
    public var secondsSince1970: Double

    public init(secondsSince1970: Double) {
        self.secondsSince1970 = secondsSince1970
    }

    public init?(parsing text: String) {
        var utf8 = Array(text.utf8)
        guard utf8.count >= 10 else { return nil }
        var position = 0
        func number(_ digits: Int) -> Int? {
            guard position + digits <= utf8.count else { return nil }
            var value = 0
            for _ in 0..<digits {
                let byte = utf8[position]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                position += 1
            }
            return value
        }
        func expect(_ character: Character) -> Bool {
            guard position < utf8.count, utf8[position] == character.asciiValue else { return false }
            position += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), (1...12).contains(month), expect("-"),
            let day = number(2), (1...31).contains(day)
        else { return nil }
        var hour = 0
        var minute = 0
        var second = 0
        var fraction = 0.0
        var offsetSeconds = 0
        if position < utf8.count {
            guard expect("T") || expect("t") || expect(" ") else { return nil }
            guard let h = number(2), h < 24, expect(":"), let m = number(2), m < 60 else { return nil }
            hour = h
            minute = m
            if expect(":") {
                guard let s = number(2), s <= 60 else { return nil }
                second = s
                if expect(".") || expect(",") {
                    var scale = 0.1
                    var sawDigit = false
                    while position < utf8.count, utf8[position] >= 0x30 && utf8[position] <= 0x39 {
                        fraction += Double(utf8[position] - 0x30) * scale
                        scale /= 10
                        position += 1
                        sawDigit = true
                    }
                    guard sawDigit else { return nil }
                }
            }
            if expect("Z") || expect("z") {
                offsetSeconds = 0
            } else if position < utf8.count, utf8[position] == UInt8(ascii: "+") || utf8[position] == UInt8(ascii: "-")
            {
                let sign = utf8[position] == UInt8(ascii: "-") ? -1 : 1
                position += 1
                guard let offsetHours = number(2) else { return nil }
                _ = expect(":")
                let offsetMinutes = number(2) ?? 0
                offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
            }
            guard position == utf8.count else { return nil }
        }
        utf8.removeAll()
        let days = Self.daysSince1970(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        self.secondsSince1970 = Double(seconds) + fraction
    }

    /// Howard Hinnant's days-from-civil.
    public static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public static func < (lhs: ISO8601Timestamp, rhs: ISO8601Timestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }
}

extension ISO8601Timestamp {
    /// The calendar date and time in `timeZone`, by the rules in force at this instant
    /// (Howard Hinnant's civil-from-days).
    public func civil(in timeZone: LocalTimeZone = .utc) -> CivilTime {
        let shifted = secondsSince1970 + Double(timeZone.offset(at: secondsSince1970))
        let whole = Int(shifted.rounded(.down))
        let millisecond = Int(((shifted - Double(whole)) * 1000).rounded(.down))
        var days = whole / 86_400
        var secondsOfDay = whole % 86_400
        if secondsOfDay < 0 {
            secondsOfDay += 86_400
            days -= 1
        }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CivilTime(
            year: year, month: month, day: day, hour: secondsOfDay / 3600, minute: secondsOfDay / 60 % 60,
            second: secondsOfDay % 60, millisecond: millisecond)
    }

    /// `2023-05-22T08:20:05.215Z`, the API's own format.
    public var iso8601String: String {
        let time = civil()
        let millis =
            time.millisecond < 10
            ? "00\(time.millisecond)" : time.millisecond < 100 ? "0\(time.millisecond)" : "\(time.millisecond)"
        return
            """
            \(time.year)-\(Self.two(time.month))-\(Self.two(time.day))T\(Self.two(time.hour))\
            :\(Self.two(time.minute)):\(Self.two(time.second)).\(millis)Z
            """
    }

    /// `2023-05-22`: the UTC day, e.g. a certificate's expiry.
    public var utcDay: String { String(iso8601String.prefix(10)) }

    public static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
