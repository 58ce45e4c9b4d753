import Browser
import BrowserTestSupport
import NP6
import Search
import TestTags
import Testing

@Suite("The filter's query language", .tags(.unit))
struct SearchQueryTests {
    static let now = BrowserFixtures.now  // 2026-01-15T12:00:00Z

    static func query(_ text: String) -> SearchQuery {
        SearchQuery(text, now: now, timeZone: .utc)
    }

    /// Ids of the Jeanne fixtures that `text` lets through.
    static func matching(_ text: String, in subscriptions: [Subscription] = BrowserFixtures.jeanne) -> [String] {
        let query = query(text)
        let names = [
            BrowserFixtures.shopID: "Shop mobile app", BrowserFixtures.mobileID: "my mobile app",
            "7f1c2a9e-4b1d-4c55-9a0e-3d2f8b6c1e07": "Loyalty web push",
        ]
        let index = SearchIndex(subscriptions, timeZone: .utc)
        let rows = SearchFilter(index: index, query: query, applicationNames: names).run() ?? []
        return rows.sorted().map { String(subscriptions[$0].id.prefix(4)) }
    }

    @Test("terms, negation, quotes and fields parse into terms")
    func parses() {
        let parsed = Self.query(#"!provider:apns "mobile app" token:fGx1 user:Jeanne"#)
        #expect(parsed.error == nil)
        #expect(
            parsed.terms == [
                .init(field: .provider, negated: true, pattern: .text(needle: "apns", caseSensitive: false)),
                .init(field: nil, negated: false, pattern: .text(needle: "mobile app", caseSensitive: false)),
                .init(field: .token, negated: false, pattern: .text(needle: "fGx1", caseSensitive: true)),
                .init(field: .user, negated: false, pattern: .text(needle: "Jeanne", caseSensitive: true)),
            ])
    }

    @Test("dates: after, before, within a period, and relative ages")
    func dates() {
        #expect(
            Self.query("created:>2024-01-01").terms.first?.pattern
                == .after(Double(ISO8601Timestamp.daysSince1970(year: 2024, month: 1, day: 2) * 86_400)))
        #expect(
            Self.query("created:<2023-06").terms.first?.pattern
                == .before(Double(ISO8601Timestamp.daysSince1970(year: 2023, month: 6, day: 1) * 86_400)))
        #expect(Self.query("modified:<30d").terms.first?.pattern == .after(Self.now - 30 * 86_400))
        #expect(
            Self.query("created:2024").terms.first?.pattern
                == .within(
                    from: Double(ISO8601Timestamp.daysSince1970(year: 2024, month: 1, day: 1) * 86_400),
                    to: Double(ISO8601Timestamp.daysSince1970(year: 2025, month: 1, day: 1) * 86_400)))
    }

    @Test(
        "unknown fields, malformed dates and open quotes are errors, never match-all",
        arguments: [
            "created:>2024-13", "created:yesterday", "modified:30d", "\"open", "provider:", "created:>24-01-01",
        ])
    func errors(text: String) {
        let parsed = Self.query(text)
        #expect(parsed.error != nil, "\(text)")
        #expect(Self.matching(text).isEmpty)
    }

    @Test("a term with a colon is a field only if it names one: URLs and tokens are text, a misspelt field says so")
    func colons() {
        #expect(Self.query("f9r:APA91b").error == nil)
        #expect(Self.query("\"Ig:APA\"").error == nil)
        #expect(
            Self.query("Ig:APA").terms == [
                .init(field: nil, negated: false, pattern: .text(needle: "Ig:APA", caseSensitive: true))
            ])
        #expect(Self.query("Ig:APA").notices == [#""Ig" is not a field, so "Ig:APA" is searched as text"#])
        let url = Self.query("https://push.example.com/loyalty")
        #expect(url.error == nil && url.notices.isEmpty)
        #expect(url.terms.first?.field == nil)
        #expect(Self.matching("https://push.example.com") == ["d5e6"])
        #expect(Self.matching("colour:red").isEmpty, "a misspelt field matches nothing rather than everything")
        #expect(Self.query("PROVIDER:apns").terms.first?.field == .provider)
    }

    @Test(">= and <= include the named period; never finds absent dates")
    func inclusiveBoundsAndNever() {
        let day = Double(ISO8601Timestamp.daysSince1970(year: 2024, month: 1, day: 1) * 86_400)
        #expect(Self.query("created:>=2024-01-01").terms.first?.pattern == .within(from: day, to: .infinity))
        #expect(Self.query("created:<=2024-01-01").terms.first?.pattern == .before(day + 86_400))
        #expect(Self.matching("created:>=2024-03-10") == Self.matching("created:>2024-03-09"))
        #expect(Self.matching("created:<=2023") == Self.matching("created:<2024"))
        #expect(Self.query("modified:never").terms.first?.pattern == .never)
        let never = Self.matching("modified:never")
        #expect(!never.isEmpty)
        #expect(
            Set(never).isDisjoint(with: Self.matching("modified:>1970")),
            "never is exactly the rows without a modification date")
        #expect(Set(never).union(Self.matching("modified:>1970")).count == BrowserFixtures.jeanne.count)
        #expect(Self.matching("!modified:never") == Self.matching("modified:>1970"))
    }

    @Test("calendar dates are local days by the zone's rules: Paris in summer, and the 23-hour day of the change")
    func localCalendarDays() {
        let paris = LocalTimeZone(identifier: "Europe/Paris")!
        func instant(_ text: String) -> Double { ISO8601Timestamp(parsing: text)!.secondsSince1970 }
        #expect(
            SearchQuery("created:2023-07-01", timeZone: paris).terms.first?.pattern
                == .within(from: instant("2023-06-30T22:00:00Z"), to: instant("2023-07-01T22:00:00Z")))
        #expect(
            SearchQuery("created:2023-01-15", timeZone: paris).terms.first?.pattern
                == .within(from: instant("2023-01-14T23:00:00Z"), to: instant("2023-01-15T23:00:00Z")))
        #expect(
            SearchQuery("created:2023-03-26", timeZone: paris).terms.first?.pattern
                == .within(from: instant("2023-03-25T23:00:00Z"), to: instant("2023-03-26T22:00:00Z")))
        #expect(
            SearchQuery("created:2023-07", timeZone: paris).terms.first?.pattern
                == .within(from: instant("2023-06-30T22:00:00Z"), to: instant("2023-07-31T22:00:00Z")))
    }

    @Test("fields restrict where a term is looked for")
    func fields() {
        #expect(Self.matching("provider:apns") == ["8c2d"])
        #expect(Self.matching("app:loyalty") == ["d5e6"])
        #expect(Self.matching("id:3f9a") == ["3f9a"])
        #expect(Self.matching("user:crm") == ["3f9a"])
        #expect(Self.matching("user:system") == ["8c2d"])
        #expect(Self.matching("contact:00000002").count == 3)
        #expect(Self.matching("token:push.example.com") == ["d5e6"])
        #expect(Self.matching("provider:push.example.com").isEmpty, "the url is not the provider's type")
    }

    @Test("dates filter by creation and modification")
    func dateFilters() {
        #expect(Self.matching("created:>2024-01-01") == ["3f9a", "d5e6"])
        #expect(Self.matching("created:<2024") == ["8c2d"])
        #expect(Self.matching("created:2025-06") == ["d5e6"])
        #expect(Self.matching("modified:>2025-01-01") == ["3f9a"])
        #expect(Self.matching("modified:<365d") == ["3f9a"])
        #expect(Self.matching("!modified:<365d") == ["8c2d", "d5e6"], "rows never modified are not modified recently")
    }

    @Test("smart case: lower-case terms ignore case, a capital asks for the exact case")
    func smartCase() {
        #expect(Self.matching("fgx1qm") == ["3f9a"])
        #expect(Self.matching("fGx1Qm") == ["3f9a"])
        #expect(Self.matching("FGX1QM").isEmpty)
        #expect(Self.matching("Jeanne") == ["3f9a", "d5e6"])
        #expect(Self.matching("JEANNE").isEmpty)
    }

    @Test("quoted phrases match spaces literally")
    func phrases() {
        #expect(Self.matching("\"my mobile\"") == ["8c2d"])
        #expect(Self.matching("my mobile").count == 1)
        #expect(Self.matching("\"mobile my\"").isEmpty)
    }

    static let queries = [
        "apns", "shop", "jeanne", "2024", "loyalty", "a1b2", "example", "zzz", "APA", "provider:http", "created:<2025",
        "user:system",
    ]

    @Test("a row matches `a b` exactly when it matches `a` and matches `b`", arguments: queries)
    func conjunction(a: String) {
        for b in Self.queries {
            let both = Set(Self.matching("\(a) \(b)", in: Self.corpus))
            let each = Set(Self.matching(a, in: Self.corpus)).intersection(Self.matching(b, in: Self.corpus))
            #expect(both == each, "\(a) \(b)")
        }
    }

    @Test("`!a` is the complement of `a`", arguments: queries)
    func complement(a: String) {
        let all = Set(Self.corpus.map { String($0.id.prefix(4)) })
        #expect(Set(Self.matching("!" + a, in: Self.corpus)) == all.subtracting(Self.matching(a, in: Self.corpus)))
    }

    static var corpus: [Subscription] { BrowserFixtures.jeanne + BrowserFixtures.foobar + BrowserFixtures.hostile }
}

@Suite("Fuzzy matching and narrowing", .tags(.unit))
struct FuzzyAndNarrowingTests {
    static func score(_ pattern: String, _ text: String) -> Int? {
        FuzzyScore.score(pattern, in: text)
    }

    @Test("characters must appear in order")
    func order() {
        #expect(Self.score("shp", "shop mobile app") != nil)
        #expect(Self.score("phs", "shop mobile app") == nil)
        #expect(Self.score("", "x") == 0)
    }

    @Test("consecutive and word-start matches rank higher, fzf style")
    func ranking() {
        #expect(Self.score("mob", "shop mobile app")! > Self.score("mob", "my orbit blob")!)
        #expect(Self.score("ma", "my app")! > Self.score("ma", "llama")!, "word starts beat the middle of a word")
    }

    @Test("~term filters fuzzily and sorts the rows best first")
    func fuzzyFilter() {
        var state = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("~app:lyty", &state)
        #expect(state.visibleSubscriptions.map(\.provider.type) == ["http"])
        BrowserFixtures.press([.control("u")], &state)
        _ = BrowserFixtures.type("~mob", &state)
        #expect(state.visible.count == 3)
        #expect(
            state.visibleSubscriptions.last?.provider.type == "http",
            "m…o…b scattered through a url ranks below \"mobile\"")
    }

    @Test("Ctrl-F makes every term fuzzy; the default stays literal")
    func toggle() {
        var state = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("lyty", &state)
        #expect(state.visible.isEmpty)
        BrowserFixtures.press([.control("f")], &state)
        #expect(state.fuzzyFilter)
        #expect(state.visibleSubscriptions.first?.provider.type == "http", "\"loyalty\" is the best match")
    }

    @Test(
        "narrowing a growing query gives the same rows as a full rescan",
        arguments: [
            "jeanne", "shop mo", "a1b2c3", "example.com", "provider:ap", "app:sh", "Sho", "apns mobile 2",
            "provider:a token:b 1", "mobile qz",
        ])
    func narrowingEqualsRescan(query: String) throws {
        var typed = BrowserFixtures.loaded(
            BrowserFixtures.jeanne + BrowserFixtures.foobar + BrowserFixtures.hostile, contact: .unicity("mixed"))
        BrowserFixtures.press([.character("/")], &typed)
        for character in query {
            _ = BrowserFixtures.type(String(character), &typed)
            var fresh = BrowserFixtures.loaded(
                BrowserFixtures.jeanne + BrowserFixtures.foobar + BrowserFixtures.hostile, contact: .unicity("mixed"))
            BrowserFixtures.press([.character("/")], &fresh)
            _ = BrowserFixtures.type(typed.filterField.text, &fresh)
            #expect(typed.visible == fresh.visible, "after \(typed.filterField.text)")
            // And what one run over every row gives, with no narrowing at all.
            let index = try #require(typed.searchIndex)
            let wholeRun = SearchFilter(index: index, query: typed.filter, applicationNames: typed.applicationNames)
                .run()
            #expect(typed.visible == wholeRun, "after \(typed.filterField.text), against one run over every row")
        }
        #expect(SearchQuery("jeanne sh").narrows(SearchQuery("jeanne s")))
        #expect(!SearchQuery("!ab").narrows(SearchQuery("!a")), "a growing negation widens")
        #expect(!SearchQuery("created:<2024-06").narrows(SearchQuery("created:<2024")))
        #expect(SearchQuery("user:agent 1").termsHeld(narrowing: SearchQuery("user:agent")) == 1)
        #expect(SearchQuery("user:agent 12").termsHeld(narrowing: SearchQuery("user:agent 1")) == 1)
        #expect(SearchQuery("ab").termsHeld(narrowing: SearchQuery("a")) == 0, "the grown term is tested again")
        #expect(SearchQuery("b a").termsHeld(narrowing: SearchQuery("a")) == 0, "not narrowing")
    }
}
