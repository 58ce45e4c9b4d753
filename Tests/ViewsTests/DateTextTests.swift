import Formatting
import Localization
import NP6
import TestTags
import Testing

/// Dates as the list, the detail and `show` write them, in zones with summer time.
@Suite("Dates in local time", .tags(.unit))
struct DateTextTests {
    static let paris = LocalTimeZone(identifier: "Europe/Paris")!
    static let newYork = LocalTimeZone(identifier: "America/New_York")!

    static func date(_ text: String) -> ISO8601Timestamp { ISO8601Timestamp(parsing: text)! }

    @Test("Paris: a summer date is two hours ahead of UTC and a winter date one")
    func paris() {
        #expect(DateText.local(Self.date("2023-07-01T12:00:00Z"), timeZone: Self.paris) == "2023-07-01 14:00")
        #expect(DateText.local(Self.date("2023-01-15T12:00:00Z"), timeZone: Self.paris) == "2023-01-15 13:00")
        #expect(
            DateText.localWithSeconds(Self.date("2023-07-01T12:00:00Z"), timeZone: Self.paris)
                == "2023-07-01 14:00:00 +02:00")
        #expect(
            DateText.localWithSeconds(Self.date("2023-01-15T12:00:00Z"), timeZone: Self.paris)
                == "2023-01-15 13:00:00 +01:00")
    }

    @Test("in French: 01/07/2023 14:00, il y a 3 ans, à l’instant, dans 5 min; the offset as in English")
    func french() {
        Localization.with(.french) {
            #expect(DateText.local(Self.date("2023-07-01T12:00:00Z"), timeZone: Self.paris) == "01/07/2023 14:00")
            #expect(
                DateText.localWithSeconds(Self.date("2023-01-15T12:00:00Z"), timeZone: Self.paris)
                    == "15/01/2023 13:00:00 +01:00")
            let day = 86_400.0
            #expect(
                [2, 90, 7200, day, 3 * day, 90 * day, 3 * 365 * day].map { DateText.age(seconds: $0) } == [
                    "à l’instant", "il y a 1 min", "il y a 2 h", "il y a 1 jour", "il y a 3 jours", "il y a 3 mois",
                    "il y a 3 ans",
                ])
            #expect(DateText.until(seconds: 290) == "dans 5 min" && DateText.until(seconds: 0) == "maintenant")
        }
        #expect(DateText.age(seconds: 86_400) == "1 day ago", "English outside the French task")
    }

    @Test("New York: October is still summer time, December is not")
    func newYork() {
        #expect(DateText.local(Self.date("2023-10-15T12:00:00Z"), timeZone: Self.newYork) == "2023-10-15 08:00")
        #expect(
            DateText.localWithSeconds(Self.date("2023-12-15T12:00:00Z"), timeZone: Self.newYork)
                == "2023-12-15 07:00:00 -05:00")
    }

    @Test("on the day the clocks go forward, each side of the change has its own offset")
    func changeDay() {
        #expect(
            DateText.localWithSeconds(Self.date("2023-03-26T00:30:00Z"), timeZone: Self.paris)
                == "2023-03-26 01:30:00 +01:00")
        #expect(
            DateText.localWithSeconds(Self.date("2023-03-26T01:30:00Z"), timeZone: Self.paris)
                == "2023-03-26 03:30:00 +02:00")
        // The hour New York repeats in November shows twice, with two offsets.
        #expect(
            DateText.localWithSeconds(Self.date("2023-11-05T05:30:00Z"), timeZone: Self.newYork)
                == "2023-11-05 01:30:00 -04:00")
        #expect(
            DateText.localWithSeconds(Self.date("2023-11-05T06:30:00Z"), timeZone: Self.newYork)
                == "2023-11-05 01:30:00 -05:00")
    }
}
