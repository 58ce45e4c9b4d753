import Browser
import BrowserTestSupport
import Localization
import NP6
import Primitives
import Search
import TestTags
import Testing
import Views

/// A long answer is drawn before its search index exists; a filter or sort asked for meanwhile
/// waits for the index, says "indexing…", and then gives what it gives with the index ready.
@Suite("Rows before the index", .tags(.unit))
struct IndexingTests {
    /// More rows than `BrowserState.backgroundFilterRows`: every 997th is apns, tokens vary in case.
    static let large: [Subscription] = {
        let rows = BrowserState.backgroundFilterRows + 3_000
        let items = (0..<rows).map { row in
            let provider = row % 997 == 0 ? "apns" : "firebase"
            return #"{"id": "row-\#(row)", "application": "\#(BrowserFixtures.shopID)", "provider": {"type": "#
                + #""\#(provider)", "token": "Tok\#(row % 251)X"}, "lifecycle": {"creation": {"date": "#
                + #""2024-01-\#(row % 28 + 10)T10:00:00Z"}}}"#
        }
        return try! Subscription.list(fromJSON: Array(("[" + items.joined(separator: ",") + "]").utf8))
    }()

    /// The state right after the answer, its index not yet built; and the build it asked for.
    static func answered(_ rows: [Subscription] = large) throws -> (BrowserState, IndexJob) {
        var state = BrowserState(
            environment: BrowserFixtures.environment(), size: TerminalSize(rows: 40, columns: 120),
            now: BrowserFixtures.now)
        _ = BrowserReducer.start(&state, lookingUp: .contact(.unicity("bulk")))
        let effects = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: state.pending!.generation, target: .contact(.unicity("bulk")),
                result: .success(LookupAnswer(contact: .unicity("bulk"), subscriptions: rows)),
                now: BrowserFixtures.now))
        let job = try #require(Self.jobs(effects).first)
        return (state, job)
    }

    static func jobs(_ effects: [Effect]) -> [IndexJob] {
        effects.compactMap { if case .buildIndex(let job) = $0 { return job } else { return nil } }
    }

    /// Runs the `.filter` effects among `effects` and hands back their answers.
    static func finishFilters(_ effects: [Effect], _ state: inout BrowserState) {
        for case .filter(let job) in effects {
            _ = BrowserReducer.reduce(&state, .filterFinished(generation: job.generation, rows: job.run() ?? []))
        }
    }

    /// The index of `large`, built once: each test hands it to the state for a job of those rows
    /// (the state checks the count), so the suite does not build it again and again.
    static let largeIndex = SearchIndex(large, timeZone: BrowserFixtures.environment().timeZone)

    static func index(for job: IndexJob) -> SearchIndex {
        job.subscriptions.count == large.count ? largeIndex : job.runHere()
    }

    /// The ids `/query` Enter (and `keys` after) shows when the index is ready before the query is
    /// typed: the answer, the index, then the keys, every effect run.
    static func idsWithIndexReady(_ query: String, sortKeys: [Key] = []) throws -> [String] {
        var (state, job) = try answered()
        _ = BrowserReducer.reduce(&state, .indexBuilt(generation: job.generation, index: index(for: job)))
        finishFilters(BrowserFixtures.press([.character("/")], &state) + BrowserFixtures.type(query, &state), &state)
        finishFilters(BrowserFixtures.press([.enter] + sortKeys, &state), &state)
        return state.visibleSubscriptions.map(\.id)
    }

    @Test("the rows are shown with the answer; the index is asked for, not built on the UI thread")
    func rowsFirst() throws {
        let (state, job) = try Self.answered()
        #expect(state.visible.count == Self.large.count)
        #expect(state.searchIndex == nil)
        #expect(job.subscriptions.count == Self.large.count)
        let screen = Screen.render(state).lines()
        #expect(screen.contains { $0.contains("row-0") }, "the first row is drawn")
        #expect(screen[0].contains("23,000"), "the header counts the rows already")
    }

    @Test("a filter typed before the index waits, says so, and then gives what it gives with the index ready")
    func filterWaits() throws {
        for query in ["apns", "Tok17X", "!firebase", "created:>2024-01-30"] {
            var (state, job) = try Self.answered()
            var effects = BrowserFixtures.press([.character("/")], &state) + BrowserFixtures.type(query, &state)
            #expect(Self.jobs(effects).isEmpty && !effects.contains { if case .filter = $0 { true } else { false } })
            #expect(state.waitingForIndex)
            // The rows of the last query shown stay (a date half typed, or a lone !, was invalid: it showed none).
            #expect(
                state.visible.count == (query.hasPrefix("created") || query.hasPrefix("!") ? 0 : Self.large.count),
                "the old rows stay until the index comes")
            let bar = Screen.render(state).lines().first { $0.contains("/ \(query)") } ?? ""
            #expect(bar.contains("indexing…"), "\(bar)")
            effects += BrowserReducer.reduce(
                &state, .indexBuilt(generation: job.generation, index: Self.index(for: job)))
            #expect(!state.waitingForIndex)
            Self.finishFilters(effects, &state)
            _ = BrowserFixtures.press([.enter], &state)
            let expected = try Self.idsWithIndexReady(query)
            #expect(state.visibleSubscriptions.map(\.id) == expected, "\(query)")
            #expect(state.visible.count < Self.large.count, "\(query) filtered")
        }
    }

    @Test("a query typed while the contact loads is kept for its rows, and runs once they are indexed")
    func typedWhileLoading() throws {
        var state = BrowserState(
            environment: BrowserFixtures.environment(), size: TerminalSize(rows: 40, columns: 120),
            now: BrowserFixtures.now)
        _ = BrowserReducer.start(&state, lookingUp: .contact(.unicity("bulk")))
        let generation = try #require(state.pending?.generation)
        _ = BrowserFixtures.press([.character("/")], &state) + BrowserFixtures.type("apns", &state)
        var effects = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: generation, target: .contact(.unicity("bulk")),
                result: .success(LookupAnswer(contact: .unicity("bulk"), subscriptions: Self.large)),
                now: BrowserFixtures.now))
        #expect(state.filter.text == "apns" && state.filterEditing, "the query and the open filter bar stay")
        #expect(state.waitingForIndex)
        let job = try #require(Self.jobs(effects).first)
        effects = BrowserReducer.reduce(&state, .indexBuilt(generation: job.generation, index: Self.index(for: job)))
        Self.finishFilters(effects, &state)
        let expected = try Self.idsWithIndexReady("apns")
        #expect(state.visibleSubscriptions.map(\.id) == expected)

        // A query typed for the contact before is not carried to the next one.
        _ = BrowserFixtures.press([.enter], &state)
        BrowserFixtures.lookUp("foobar", BrowserFixtures.foobar, &state)
        #expect(state.filter.isEmpty && state.visible.count == BrowserFixtures.foobar.count)
    }

    @Test("in French the bar says indexation… and groups the counts as French does")
    func frenchBar() throws {
        var (state, _) = try Self.answered()
        _ = BrowserFixtures.press([.character("/")], &state) + BrowserFixtures.type("apns", &state)
        let screen = Localization.with(.french) { Screen.render(state) }.lines()
        let bar = screen.first { $0.contains("/ apns") } ?? ""
        #expect(bar.contains("indexation… 23\u{202F}000/23\u{202F}000"), "\(bar)")
        #expect(screen.contains { $0.contains("1/23\u{202F}000") }, "the list's counter too")
    }

    @Test("a sort asked for before the index leaves the rows in the server's order until the index comes")
    func sortWaits() throws {
        var (state, job) = try Self.answered()
        _ = BrowserFixtures.press([.character("s")], &state)
        #expect(state.waitingForIndex)
        #expect(state.visibleSubscriptions.prefix(3).map(\.id) == ["row-0", "row-1", "row-2"])
        #expect(Screen.render(state).lines().contains { $0.contains("indexing…") })
        let effects = BrowserReducer.reduce(
            &state, .indexBuilt(generation: job.generation, index: Self.index(for: job)))
        Self.finishFilters(effects, &state)
        let expected = try Self.idsWithIndexReady("", sortKeys: [.character("s")])
        #expect(state.visibleSubscriptions.map(\.id) == expected)
        #expect(state.visibleSubscriptions.first?.id != "row-0")
    }

    @Test("an index of rows no longer shown is dropped; new rows, a delete or going back start a new build")
    func staleBuilds() throws {
        var (state, job) = try Self.answered()
        // A refresh brings new rows while the first build runs.
        let fewer = Array(Self.large.dropLast(500))
        let effects = BrowserReducer.reduce(&state, .key(.character("r")))
        guard case .lookup(let generation, let target)? = effects.first else {
            Issue.record("r did not look the contact up again: \(effects)")
            return
        }
        let refreshed = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: generation, target: target,
                result: .success(LookupAnswer(contact: .unicity("bulk"), subscriptions: fewer)),
                now: BrowserFixtures.now))
        let second = try #require(Self.jobs(refreshed).first)
        #expect(second.generation != job.generation)
        _ = BrowserReducer.reduce(&state, .indexBuilt(generation: job.generation, index: Self.index(for: job)))
        #expect(state.searchIndex == nil, "the first build's index is of the old rows")
        _ = BrowserReducer.reduce(&state, .indexBuilt(generation: second.generation, index: Self.index(for: second)))
        #expect(state.searchIndex?.count == fewer.count)

        // Another contact, then back: the build under way when it was left starts again.
        var (building, _) = try Self.answered()
        BrowserFixtures.lookUp("foobar", BrowserFixtures.foobar, &building)
        let back = BrowserFixtures.press([.character("[")], &building)
        #expect(building.visible.count == Self.large.count)
        #expect(Self.jobs(back).count == 1, "a new build for the rows put back")
    }
}
