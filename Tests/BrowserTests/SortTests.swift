import Browser
import BrowserTestSupport
import Essentials
import NP6
import Search
import TestTags
import Testing

@Suite("Sorting the list", .tags(.unit))
struct SortTests {
    static func ids(_ state: BrowserState) -> [String] {
        state.visibleSubscriptions.map { String($0.id.prefix(4)) }
    }

    static func jeanne() -> BrowserState {
        var state = BrowserFixtures.loaded(BrowserFixtures.jeanne, contact: .unicity("jeanne.martin@example.com"))
        _ = BrowserReducer.reduce(&state, .applicationsFinished(.success(BrowserFixtures.applications)))
        return state
    }

    @Test("s cycles created, modified, provider, application, token, then the server's order; S reverses")
    func cycle() {
        var state = Self.jeanne()
        #expect(Self.ids(state) == ["3f9a", "8c2d", "d5e6"], "as the server sent them")
        BrowserFixtures.press([.character("s")], &state)
        #expect(state.sort == SortOrder(.created))
        #expect(Self.ids(state) == ["8c2d", "3f9a", "d5e6"])
        #expect(state.flash?.text == "Sorted by created ▲ (oldest first)")
        BrowserFixtures.press([.character("s")], &state)
        #expect(state.sort == SortOrder(.modified))
        #expect(Self.ids(state) == ["8c2d", "d5e6", "3f9a"], "never modified counts as oldest, in the server's order")
        BrowserFixtures.press([.character("S")], &state)
        #expect(state.sort == SortOrder(.modified, descending: true))
        #expect(
            Self.ids(state) == ["3f9a", "8c2d", "d5e6"],
            "newest first; the never-modified last, ties still in the server's order")
        BrowserFixtures.press([.character("S"), .character("s")], &state)
        #expect(state.sort == SortOrder(.provider))
        #expect(Self.ids(state) == ["8c2d", "3f9a", "d5e6"], "apns, firebase, http")
        BrowserFixtures.press([.character("s")], &state)
        #expect(state.sort == SortOrder(.application))
        #expect(Self.ids(state) == ["d5e6", "8c2d", "3f9a"], "Loyalty web push, my mobile app, Shop mobile app")
        BrowserFixtures.press([.character("s")], &state)
        #expect(state.sort == SortOrder(.token))
        #expect(Self.ids(state) == ["8c2d", "3f9a", "d5e6"], "a1b2…, fGx1…, https://…")
        BrowserFixtures.press([.character("s")], &state)
        #expect(state.sort == nil)
        #expect(Self.ids(state) == ["3f9a", "8c2d", "d5e6"])
    }

    @Test("the selection stays on its subscription when the order changes")
    func selectionFollows() {
        var state = Self.jeanne()
        BrowserFixtures.press([.character("j")], &state)
        #expect(state.selectedSubscription?.id.hasPrefix("8c2d") == true)
        BrowserFixtures.press([.character("s"), .character("S")], &state)
        #expect(Self.ids(state) == ["d5e6", "3f9a", "8c2d"])
        #expect(state.selectedSubscription?.id.hasPrefix("8c2d") == true)
        #expect(state.selection == 2)
    }

    @Test("the order is kept across a filter and a refresh")
    func keptAcrossFilterAndRefresh() {
        var state = Self.jeanne()
        BrowserFixtures.press([.character("s"), .character("S")], &state)
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("!http", &state)
        #expect(Self.ids(state) == ["3f9a", "8c2d"], "created, newest first, without the http row")
        BrowserFixtures.press([.escape], &state)
        #expect(Self.ids(state) == ["d5e6", "3f9a", "8c2d"])
        let effects = BrowserFixtures.press([.character("r")], &state)
        guard case .lookup(let generation, let target)? = effects.first else {
            Issue.record("no lookup")
            return
        }
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: generation, target: target,
                result: .success(
                    LookupAnswer(
                        contact: .unicity("jeanne.martin@example.com"), subscriptions: BrowserFixtures.jeanne)),
                now: BrowserFixtures.now))
        #expect(state.sort == SortOrder(.created, descending: true))
        #expect(Self.ids(state) == ["d5e6", "3f9a", "8c2d"])
    }

    @Test("at 20,000 rows and more the sort runs off the UI thread, like the filter, and the counter says sorting…")
    func largeListsSortInBackground() throws {
        var state = BrowserFixtures.loaded(BackgroundFilterTests.large, contact: .unicity("bulk"))
        let effects = BrowserFixtures.press([.character("S")], &state)
        let job = try #require(BackgroundFilterTests.filterJobs(effects).first)
        #expect(job.sort == SortOrder(.created, descending: true))
        #expect(state.visible.first == 0, "the old order stays until the answer")
        let rows = try #require(job.run())
        _ = BrowserReducer.reduce(&state, .filterFinished(generation: job.generation, rows: rows))
        #expect(state.visible.count == BackgroundFilterTests.large.count)
        #expect(state.runningFilter == nil)
    }
}

@Suite("Sorting an index", .tags(.unit))
struct IndexSortTests {
    static let subscriptions: [Subscription] = try! Subscription.list(
        from: JSONParser.parse(
            #"""
            [{"id": "a", "lifecycle": {"creation": {"date": "2024-01-01T00:00:00Z"}}, "provider": {"type": "apns", \#
            "token": "Bb"}},
             {"id": "b", "lifecycle": {"creation": {"date": "2023-01-01T00:00:00Z"}}, "provider": {"type": "apns", \#
             "token": "aa"}},
             {"id": "c", "lifecycle": {"creation": {"date": "not a date"}}, "provider": {"type": "firebase", \#
             "token": "b"}},
             {"id": "d", "lifecycle": {"creation": {"date": "2024-01-01T00:00:00Z"}}, "provider": {"type": "apns", \#
             "token": "bb"}}]
            """#))

    static func order(_ order: SortOrder, rows: [Int] = [0, 1, 2, 3]) -> [String] {
        let index = SearchIndex(subscriptions, timeZone: .utc)
        return index.sorted(rows, by: order, applicationNames: [:]).map { subscriptions[$0].id }
    }

    @Test("dates: unreadable first ascending and last descending; ties keep their order both ways")
    func dates() {
        #expect(Self.order(SortOrder(.created)) == ["c", "b", "a", "d"])
        #expect(Self.order(SortOrder(.created, descending: true)) == ["a", "d", "b", "c"])
    }

    @Test("text ignores case, shorter first on a common start, stable on ties; only the given rows")
    func text() {
        #expect(Self.order(SortOrder(.token)) == ["b", "c", "a", "d"])
        #expect(Self.order(SortOrder(.provider)) == ["a", "b", "d", "c"])
        #expect(Self.order(SortOrder(.provider, descending: true)) == ["c", "a", "b", "d"])
        #expect(Self.order(SortOrder(.token), rows: [3, 1]) == ["b", "d"])
    }
}

@Suite("Sorting an index by radix, against a comparison sort", .tags(.unit))
struct RadixSortTests {
    /// Rows with every kind of tie: equal dates, missing dates, dates before 1970, equal tokens,
    /// tokens that agree on their first eight bytes and differ after, prefixes of each other.
    static func corpus(_ count: Int, seed: UInt64) -> [Subscription] {
        var generator = SplitMix64(seed: seed)
        let stems = ["", "a", "abcdefgh", "abcdefghij", "abcdefghik", "abcdefgh\\u0000", "zz", "ABCDEFGHIJ", "é"]
        var items: [String] = []
        for row in 0..<count {
            let stem = stems[Int(generator.next() % UInt64(stems.count))]
            let token = stem + (generator.next() % 3 == 0 ? "" : String(generator.next() % 50))
            let year = 1950 + Int(generator.next() % 90)
            let date =
                generator.next() % 5 == 0 ? "" : #""creation": {"date": "\#(year)-01-0\#(row % 2 + 1)T00:00:00Z"}"#
            items.append(
                #"{"id": "\#(row)", "lifecycle": {\#(date)}, "provider": {"type": "\#(stems[row % 4])", "#
                    + #""token": "\#(token)"}}"#)
        }
        return try! Subscription.list(fromJSON: Array(("[" + items.joined(separator: ",") + "]").utf8))
    }

    /// What a plain stable comparison sort gives, from the texts and dates as the rows say them.
    static func reference(_ subscriptions: [Subscription], _ rows: [Int], _ order: SortOrder, index: SearchIndex)
        -> [Int]
    {
        let descending = order.descending
        func text(_ row: Int) -> [UInt8] {
            let parts = index.rowText(row).split(separator: "\t", omittingEmptySubsequences: false)
            return Array(parts[order.key == .provider ? 1 : 2].utf8)
        }
        let keyed = rows.enumerated().map { (position: $0.offset, row: $0.element) }
        return keyed.sorted { a, b in
            switch order.key {
            case .created:
                let left = subscriptions[a.row].lifecycle.creation?.date?.secondsSince1970
                let right = subscriptions[b.row].lifecycle.creation?.date?.secondsSince1970
                if (left == nil) != (right == nil) { return (left == nil) != descending }
                if let left, let right, left != right { return (left < right) != descending }
            default:
                let left = text(a.row)
                let right = text(b.row)
                if left != right { return left.lexicographicallyPrecedes(right) != descending }
            }
            return a.position < b.position
        }.map(\.row)
    }

    @Test(
        "dates, providers and tokens, both ways, over every row and over a subset, in one piece or in halves",
        arguments: zip([1, 2, 3], [Int.max, 2, 1_001]))
    func matchesComparisonSort(seed: UInt64, parallelRows: Int) {
        let subscriptions = Self.corpus(3_000, seed: seed)
        let index = SearchIndex(subscriptions, timeZone: .utc)
        var generator = SplitMix64(seed: seed &+ 99)
        let subset = (0..<subscriptions.count).filter { _ in generator.next() % 3 == 0 }.shuffled(using: &generator)
        for key in [SortKey.created, .provider, .token] {
            for descending in [false, true] {
                let order = SortOrder(key, descending: descending)
                for rows in [Array(0..<subscriptions.count), subset] {
                    #expect(
                        index.sorted(rows, by: order, applicationNames: [:], parallelRows: parallelRows)
                            == Self.reference(subscriptions, rows, order, index: index), "\(order)")
                }
            }
        }
    }
}
