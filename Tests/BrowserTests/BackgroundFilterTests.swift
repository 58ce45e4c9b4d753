import BrowserTestSupport
import NP6
import TestTags
import Testing

@testable import Browser

@Suite("Filtering a large list off the UI thread", .tags(.unit))
struct BackgroundFilterTests {
    /// More rows than `BrowserState.backgroundFilterRows`; every 1,000th has provider `apns`.
    static let large: [Subscription] = {
        let rows = BrowserState.backgroundFilterRows + 5_000
        let items = (0..<rows).map { row in
            let provider = row % 1_000 == 0 ? "apns" : "firebase"
            return
                (#"{"id": "row-\#(row)", "application": "\#(BrowserFixtures.shopID)", "provider": {"type": "#
                + #""\#(provider)", "token": "tok\#(row)en"}}"#)
        }
        return try! Subscription.list(fromJSON: Array(("[" + items.joined(separator: ",") + "]").utf8))
    }()

    static func filterJobs(_ effects: [Effect]) -> [FilterJob] {
        effects.compactMap { if case .filter(let job) = $0 { return job } else { return nil } }
    }

    @Test("a keystroke hands the filter to the controller and the rows change only when its answer comes")
    func effectThenAnswer() throws {
        var state = BrowserFixtures.loaded(Self.large, contact: .unicity("bulk"))
        BrowserFixtures.press([.character("/")], &state)
        let job = try #require(Self.filterJobs(BrowserFixtures.type("p", &state)).first)
        #expect(state.visible.count == Self.large.count, "the old rows stay until the answer")
        #expect(state.runningFilter == job.generation)
        let rows = try #require(job.run())
        _ = BrowserReducer.reduce(&state, .filterFinished(generation: job.generation, rows: rows))
        #expect(state.runningFilter == nil)
        #expect(state.shownFilter.text == "p")
        #expect(state.visible.count == Self.large.count, "every row has a \"p\" (in its provider)")
    }

    @Test("an answer to an older keystroke is dropped; the newest one is shown")
    func staleAnswersDropped() throws {
        var state = BrowserFixtures.loaded(Self.large, contact: .unicity("bulk"))
        BrowserFixtures.press([.character("/")], &state)
        let first = try #require(Self.filterJobs(BrowserFixtures.type("apns", &state)).last)
        let second = try #require(
            Self.filterJobs(
                BrowserFixtures.press([.backspace, .backspace, .backspace, .backspace], &state)
                    + BrowserFixtures.type("tok1", &state)
            ).last)
        #expect(second.generation > first.generation)
        _ = BrowserReducer.reduce(
            &state, .filterFinished(generation: first.generation, rows: try #require(first.run())))
        #expect(state.visible.count == Self.large.count, "the stale apns answer was not applied")
        _ = BrowserReducer.reduce(
            &state, .filterFinished(generation: second.generation, rows: try #require(second.run())))
        #expect(state.shownFilter.text == "tok1")
        #expect(state.visibleSubscriptions.allSatisfy { $0.provider.token!.hasPrefix("tok1") })
    }

    @Test("the selection stays on the same subscription when it is still visible")
    func selectionFollows() throws {
        var state = BrowserFixtures.loaded(Self.large, contact: .unicity("bulk"))
        BrowserFixtures.press(Array(repeating: .character("j"), count: 3_000), &state)
        #expect(state.selection == 3_000)
        BrowserFixtures.press([.character("/")], &state)
        let job = try #require(Self.filterJobs(BrowserFixtures.type("apns", &state)).last)
        _ = BrowserReducer.reduce(&state, .filterFinished(generation: job.generation, rows: try #require(job.run())))
        #expect(state.visible.count == (Self.large.count + 999) / 1_000)
        #expect(state.selectedSubscription?.id == "row-3000")
    }

    @Test("a run that is told to stop gives no answer")
    func cancellation() throws {
        var state = BrowserFixtures.loaded(Self.large, contact: .unicity("bulk"))
        BrowserFixtures.press([.character("/")], &state)
        let job = try #require(Self.filterJobs(BrowserFixtures.type("tok", &state)).last)
        var asked = 0
        #expect(
            job.run(isCancelled: {
                asked += 1
                return true
            }) == nil)
        #expect(asked == 1)
    }

    @Test("Esc clears the filter at once, even while a run is going")
    func escapeWhileRunning() throws {
        var state = BrowserFixtures.loaded(Self.large, contact: .unicity("bulk"))
        BrowserFixtures.press([.character("/")], &state)
        let job = try #require(Self.filterJobs(BrowserFixtures.type("apns", &state)).last)
        #expect(BrowserFixtures.press([.escape], &state).isEmpty)
        #expect(state.runningFilter == nil)
        _ = BrowserReducer.reduce(&state, .filterFinished(generation: job.generation, rows: try #require(job.run())))
        #expect(state.visible.count == Self.large.count, "the late answer does not bring the filter back")
    }
}

@Suite("Putting a filter's candidate rows back in order", .tags(.unit))
struct CandidateOrderTests {
    @Test("a shuffled list of distinct rows comes back ascending, short or long, with nothing added")
    func ascending() {
        var generator = SystemRandomNumberGenerator()
        for (count, total) in [(0, 10), (5, 10), (4_095, 9_000), (4_096, 4_096), (50_000, 120_000)] {
            let rows = Array((0..<total).shuffled(using: &generator).prefix(count))
            #expect(FilterJob.ascending(rows, among: total) == rows.sorted(), "\(count) of \(total)")
        }
    }
}
