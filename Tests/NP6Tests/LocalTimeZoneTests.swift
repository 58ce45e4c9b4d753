import NP6
import TestTags
import Testing

/// Offsets by each date's own rules: winter and summer in Paris and New York, and the days the
/// clocks change.
@Suite("Local time zones", .tags(.unit))
struct LocalTimeZoneTests {
    static let paris = LocalTimeZone(identifier: "Europe/Paris")!
    static let newYork = LocalTimeZone(identifier: "America/New_York")!

    static func instant(_ text: String) -> Double {
        ISO8601Timestamp(parsing: text)!.secondsSince1970
    }

    @Test("winter and summer offsets in Paris and New York, whatever the date today")
    func winterAndSummer() {
        #expect(Self.paris.offset(at: Self.instant("2023-01-15T12:00:00Z")) == 3600)
        #expect(Self.paris.offset(at: Self.instant("2023-07-01T12:00:00Z")) == 7200)
        #expect(Self.newYork.offset(at: Self.instant("2023-12-15T12:00:00Z")) == -5 * 3600)
        #expect(Self.newYork.offset(at: Self.instant("2023-10-15T12:00:00Z")) == -4 * 3600)
    }

    @Test("the offset changes at the exact second the clocks do")
    func changeDays() {
        // Paris springs forward at 01:00 UTC on 2023-03-26 and falls back at 01:00 UTC on 2023-10-29.
        #expect(Self.paris.offset(at: Self.instant("2023-03-26T00:59:59Z")) == 3600)
        #expect(Self.paris.offset(at: Self.instant("2023-03-26T01:00:00Z")) == 7200)
        #expect(Self.paris.offset(at: Self.instant("2023-10-29T00:59:59Z")) == 7200)
        #expect(Self.paris.offset(at: Self.instant("2023-10-29T01:00:00Z")) == 3600)
        // New York falls back at 06:00 UTC on 2023-11-05.
        #expect(Self.newYork.offset(at: Self.instant("2023-11-05T05:59:59Z")) == -4 * 3600)
        #expect(Self.newYork.offset(at: Self.instant("2023-11-05T06:00:00Z")) == -5 * 3600)
    }

    @Test("a local wall-clock time back to an instant, across both changes")
    func localToInstant() {
        func local(_ text: String) -> Double { Self.instant(text + "Z") }
        #expect(Self.paris.instant(ofLocal: local("2023-07-01T00:00:00")) == Self.instant("2023-06-30T22:00:00Z"))
        #expect(Self.paris.instant(ofLocal: local("2023-01-15T00:00:00")) == Self.instant("2023-01-14T23:00:00Z"))
        #expect(Self.paris.instant(ofLocal: local("2023-03-26T00:00:00")) == Self.instant("2023-03-25T23:00:00Z"))
        #expect(Self.paris.instant(ofLocal: local("2023-03-27T00:00:00")) == Self.instant("2023-03-26T22:00:00Z"))
        // 02:30 happens twice on 2023-10-29 in Paris: the first one.
        #expect(Self.paris.instant(ofLocal: local("2023-10-29T02:30:00")) == Self.instant("2023-10-29T00:30:00Z"))
        // 02:30 never happens on 2023-03-26: the time after the change.
        #expect(Self.paris.instant(ofLocal: local("2023-03-26T02:30:00")) == Self.instant("2023-03-26T01:30:00Z"))
        #expect(Self.newYork.instant(ofLocal: local("2023-11-05T00:00:00")) == Self.instant("2023-11-05T04:00:00Z"))
    }

    @Test("a fixed zone and UTC have no rules")
    func fixed() {
        #expect(LocalTimeZone.utc.offset(at: Self.instant("2023-07-01T12:00:00Z")) == 0)
        #expect(LocalTimeZone.fixed(offsetSeconds: 3600).offset(at: Self.instant("2023-07-01T12:00:00Z")) == 3600)
        #expect(LocalTimeZone(identifier: "Nowhere/Bogus") == nil)
    }
}
