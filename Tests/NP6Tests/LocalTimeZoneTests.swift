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

    @Test("after a zone file's last transition (2037), its POSIX rule answers")
    func beyondTheFile() {
        #expect(Self.paris.offset(at: Self.instant("2050-01-15T12:00:00Z")) == 3600)
        #expect(Self.paris.offset(at: Self.instant("2050-07-01T12:00:00Z")) == 7200)
        // The last Sunday of March 2050 is the 27th: summer starts at 01:00 UTC.
        #expect(Self.paris.offset(at: Self.instant("2050-03-27T00:59:59Z")) == 3600)
        #expect(Self.paris.offset(at: Self.instant("2050-03-27T01:00:00Z")) == 7200)
        #expect(Self.newYork.offset(at: Self.instant("2060-11-07T05:59:59Z")) == -4 * 3600)
        #expect(Self.newYork.offset(at: Self.instant("2060-11-07T06:00:00Z")) == -5 * 3600)
    }

    @Test("TZ as glibc reads it: a name, :name, a path, a POSIX rule (both hemispheres), else UTC")
    func environment() throws {
        let dates = [
            "2023-01-15T12:00:00Z", "2023-03-26T00:59:59Z", "2023-03-26T01:00:00Z", "2023-07-01T12:00:00Z",
            "2023-10-29T00:59:59Z", "2023-10-29T01:00:00Z",
        ].map(Self.instant)
        let expected = dates.map { Self.paris.offset(at: $0) }
        for tz in ["Europe/Paris", ":Europe/Paris", "/usr/share/zoneinfo/Europe/Paris", "CET-1CEST,M3.5.0,M10.5.0/3"] {
            let zone = LocalTimeZone(environment: ["TZ": tz])
            #expect(dates.map { zone.offset(at: $0) } == expected, "TZ=\(tz)")
        }
        let sydney = try #require(LocalTimeZone(identifier: "Australia/Sydney"))
        let rule = LocalTimeZone(environment: ["TZ": "AEST-10AEDT,M10.1.0,M4.1.0/3"])
        for text in [
            "2023-01-15T12:00:00Z", "2023-04-01T15:59:59Z", "2023-04-01T16:00:00Z", "2023-07-01T12:00:00Z",
            "2023-09-30T15:59:59Z", "2023-09-30T16:00:00Z",
        ] {
            #expect(rule.offset(at: Self.instant(text)) == sydney.offset(at: Self.instant(text)), "\(text)")
        }
        #expect(LocalTimeZone(environment: ["TZ": "<+03>-3"]).offset(at: 0) == 3 * 3600)
        #expect(LocalTimeZone(environment: ["TZ": ""]) == .utc)
        #expect(LocalTimeZone(environment: ["TZ": "Nowhere/Bogus"]) == .utc)
        #expect(LocalTimeZone(environment: ["TZ": "Europe/Paris", "TZDIR": "/nonexistent"]) == .utc)
        #expect(LocalTimeZone(identifier: "../zoneinfo/Europe/Paris") == nil)
        #expect(LocalTimeZone(identifier: "Europe/Paris", folder: "/nonexistent") == nil)
    }
}
