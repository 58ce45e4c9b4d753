import Browser
import BrowserTestSupport
import NP6
import Primitives
import TestTags
import Testing
import Views

/// The header reads in one order at every width, whichever contact is on screen: profile, host,
/// contact, count, age. A longer contact, or one looked up by hash, moves nothing before it.
@Suite("The header: one order, the host where it was", .tags(.unit))
struct HeaderOrderTests {
    static let labelled = ProfileChoice(
        name: "staging", label: "Staging EU", host: "staging-api.example.net", keySourceKind: "env")
    static let long = "a-very-long-unicity-for-a-contact-whose-address-goes-on@subsidiary.example.com"

    static func header(_ contact: ContactKey, _ subscriptions: [Subscription], columns: Int, profile: ProfileChoice?)
        -> String
    {
        let state = BrowserFixtures.loaded(
            subscriptions, contact: contact, size: TerminalSize(rows: 30, columns: columns), profile: profile,
            profiles: profile.map { [$0] } ?? [])
        return Screen.render(state).lines()[0]
    }

    static var contacts: [(ContactKey, [Subscription])] {
        [
            (.unicity("foobar"), BrowserFixtures.foobar),
            (.hash("0d5c6b5a5e0b5f5e"), BrowserFixtures.jeanne),
            (.unicity(long), BrowserFixtures.foobar),
            (.unicity("mallory"), BrowserFixtures.hostile),
        ]
    }

    @Test(
        """
        at 120, 100, 80 and 60 columns the host stands in one column for every contact, after the profile (or, \
        narrow, is left out for every contact)
        """,
        arguments: [120, 100, 80, 60], [nil, labelled, BrowserFixtures.profiles[1]])
    func hostStaysPut(columns: Int, profile: ProfileChoice?) throws {
        let host = profile?.host ?? "api-cm.np6.com"
        var columnsSeen: Set<Int?> = []
        for (contact, subscriptions) in Self.contacts {
            let line = Self.header(contact, subscriptions, columns: columns, profile: profile)
            guard let hostRange = line.range(of: host) else {
                #expect(columns < 80, "the host is left out only on a narrow terminal: \(line)")
                columnsSeen.insert(nil)
                continue
            }
            columnsSeen.insert(line.distance(from: line.startIndex, to: hostRange.lowerBound))
            // The order: profile, host, contact, count.
            if let profile {
                let name = try #require(line.range(of: profile.production ? profile.label ?? "" : profile.name))
                #expect(name.upperBound <= hostRange.lowerBound, "\(line)")
            }
            let count = try #require(line.range(of: "\(subscriptions.count) sub"), "\(line)")
            #expect(hostRange.upperBound < count.lowerBound, "the count comes after the host: \(line)")
        }
        #expect(columnsSeen.count == 1, "the host moved at \(columns) columns: \(columnsSeen)")
    }

    @Test("at 100 columns a contact looked up by hash keeps the profile's label and the host second")
    func labelAtHundred() {
        let line = Self.header(.hash("0d5c6b5a5e0b5f5e"), BrowserFixtures.jeanne, columns: 100, profile: Self.labelled)
        #expect(line.hasPrefix(" np6-subs │ Staging EU (staging) │ staging-api.example.net │ "), "\(line)")
        #expect(line.contains("3 subs"))
    }

    @Test("the contact gives way first: a long one is cut, the counts and age stay")
    func contactGivesWay() {
        let line = Self.header(.unicity(Self.long), BrowserFixtures.foobar, columns: 100, profile: nil)
        #expect(line.contains("…"), "\(line)")
        #expect(line.contains("2 subs") && line.contains("just now"), "\(line)")
    }
}
