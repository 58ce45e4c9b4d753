import Browser
import BrowserTestSupport
import NP6
import Search
import TestTags
import Testing

@Suite("The search index", .tags(.unit))
struct SearchIndexTests {
    static func ids(_ text: String, _ subscriptions: [Subscription], index: SearchIndex? = nil) -> [String] {
        let index = index ?? SearchIndex(subscriptions, timeZone: .utc)
        let rows = SearchFilter(index: index, query: SearchQuery(text), applicationNames: [:]).run() ?? []
        return rows.map { subscriptions[$0].id }
    }

    static let mixed: [Subscription] = try! Subscription.list(
        fromJSON: Array(
            #"""
            [{"id": "a", "provider": {"type": "apns", "token": "ÉCOLE-Straße-ΣΟΦΙΑ"}},
             {"id": "b", "provider": {"type": "firebase", "token": "école-ABCdef"}},
             {"id": "c", "provider": {"type": "firebase", "token": "Ecole"}, "contact": {"type": "footprint", \#
             "unicity": "École"}}]
            """#.utf8))

    @Test("smart case holds in rows that are not ASCII, whose lower-casing changes their length")
    func smartCaseBeyondASCII() {
        #expect(Self.ids("école", Self.mixed) == ["a", "b", "c"])
        #expect(Self.ids("École", Self.mixed) == ["c"])
        #expect(Self.ids("ÉCOLE", Self.mixed) == ["a"])
        #expect(Self.ids("straße", Self.mixed) == ["a"])
        #expect(Self.ids("Straße", Self.mixed) == ["a"])
        #expect(Self.ids("token:Straße", Self.mixed) == ["a"])
        #expect(Self.ids("contact:École", Self.mixed) == ["c"])
        #expect(Self.ids("token:École", Self.mixed).isEmpty, "the contact's École is not in the token")
        #expect(Self.ids("ABCdef", Self.mixed) == ["b"])
        #expect(Self.ids("ABCDEF", Self.mixed).isEmpty)
        #expect(Self.ids("Ecole", Self.mixed) == ["c"])
    }

    @Test("a match never spans two parts of a row, or two rows")
    func noSpanning() {
        let rows: [Subscription] = try! Subscription.list(
            fromJSON: Array(
                (#"[{"id": "x1", "provider": {"type": "apns", "token": "zz"}}, {"id": "y2", "provider": "#
                    + #"{"type": "apns", "token": "qq"}}]"#)
                    .utf8))
        #expect(Self.ids("x1", rows) == ["x1"])
        #expect(Self.ids("1apns", rows).isEmpty, "the id's end and the provider's start are different parts")
        #expect(Self.ids("zzy2", rows).isEmpty, "one row's end and the next row's start")
    }

    @Test("removing rows gives the index a fresh build would")
    func removing() {
        let corpus = BrowserFixtures.jeanne + BrowserFixtures.foobar + BrowserFixtures.hostile + Self.mixed
        let removed: Set<Int> = [0, 3, 6]
        let kept = corpus.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
        let shrunk = SearchIndex(corpus, timeZone: .utc).removing(rows: removed)
        for query in [
            "a", "apns", "école", "École", "ABC", "token:apa91b", "user:system", "created:>2024", "~mob", "Mallory",
        ] {
            #expect(Self.ids(query, kept, index: shrunk) == Self.ids(query, kept), "\(query)")
        }
    }

    @Test("a field that changed is not narrowing, even when the text only grew")
    func narrowingNeedsTheSameField() {
        #expect(!SearchQuery("id:3f").narrows(SearchQuery("id")))
        #expect(SearchQuery("id:3f").narrows(SearchQuery("id:3")))
        #expect(SearchQuery("abC").narrows(SearchQuery("ab")), "a capital makes the term exact: still narrower")
        #expect(!SearchQuery("~ab").narrows(SearchQuery("~a")), "fuzzy order can change")
    }
}
