import Browser
import BrowserTestSupport
import Essentials
import NP6
import TestTags
import Testing
import Views

/// Every message that carries a count, produced with one and with several, read for number
/// agreement (`Grammar`): the reducer's flashes and bands, the modals, the header.
@Suite("Words: singular and plural in every message with a count", .tags(.unit))
struct WordingTests {
    static let many: [Subscription] = {
        let items = (0..<1_200).map { row in
            (#"{"id": "w-\#(row)", "application": "\#(BrowserFixtures.shopID)", "provider": {"type": "#
                + #""firebase", "token": "tok\#(row)"}}"#)
        }
        return try! Subscription.list(fromJSON: Array(("[" + items.joined(separator: ",") + "]").utf8))
    }()

    static func loaded(_ count: Int) -> BrowserState {
        var state = BrowserFixtures.loaded(Array(many.prefix(count)), contact: .unicity("words"))
        _ = BrowserReducer.reduce(&state, .applicationsFinished(.success(BrowserFixtures.applications)))
        return state
    }

    /// Every text the screen and the state show now.
    static func texts(_ state: BrowserState) -> [String] {
        [state.flash?.text, state.banner?.title, state.banner?.message, Screen.render(state).text()].compactMap { $0 }
    }

    static func expectCorrect(_ texts: [String], _ context: String) {
        for text in texts {
            let problems = Grammar.problems(in: text)
            #expect(problems.isEmpty, "\(context): \(problems)")
        }
    }

    @Test("marking and deleting n rows: the modal, the outcome and the undo", arguments: [1, 2, 1_200])
    func markedDeletes(count: Int) {
        var state = Self.loaded(count)
        for _ in 0..<count { BrowserFixtures.press([.character(" ")], &state) }
        BrowserFixtures.press([.character("d")], &state)
        Self.expectCorrect(Self.texts(state), "delete modal, \(count)")
        if count > 1 {
            #expect(!Screen.render(state).text().contains("The device stops"), "several devices stop, not one")
        }
        let effects = BrowserFixtures.press([.character("y")], &state)
        guard case .deleteSubscriptions(let generation, let subscriptions, _)? = effects.first else {
            Issue.record("no delete")
            return
        }
        _ = BrowserReducer.reduce(
            &state,
            .deleteFinished(
                generation: generation, results: subscriptions.map { RequestResult(subscription: $0, error: nil) }))
        Self.expectCorrect(Self.texts(state), "deleted, \(count)")
        BrowserFixtures.press([.character("u")], &state)
        Self.expectCorrect(Self.texts(state), "undo modal, \(count)")
        let undo = BrowserFixtures.press([.character("y")], &state)
        guard case .restore(let restoreGeneration, let restored, _)? = undo.first else {
            Issue.record("no undo")
            return
        }
        let refresh = BrowserReducer.reduce(
            &state,
            .restoreFinished(
                generation: restoreGeneration, results: restored.map { RequestResult(subscription: $0, error: nil) }))
        Self.expectCorrect(Self.texts(state), "undone, \(count)")
        guard case .lookup(let lookup, let target)? = refresh.first else {
            Issue.record("no refresh")
            return
        }
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: lookup, target: target,
                result: .success(LookupAnswer(contact: .unicity("words"), subscriptions: restored)),
                now: BrowserFixtures.now))
        BrowserFixtures.press([.character("u")], &state)
        #expect(state.flash?.text == "Nothing to undo: the last delete is undone already")
    }

    @Test("outcomes of several kinds in one delete: already gone, unknown, failed", arguments: [2, 4])
    func mixedOutcomes(count: Int) {
        var state = Self.loaded(count)
        for _ in 0..<count { BrowserFixtures.press([.character(" ")], &state) }
        let effects = BrowserFixtures.press([.character("d"), .character("y")], &state)
        guard case .deleteSubscriptions(let generation, let subscriptions, _)? = effects.first else {
            Issue.record("no delete")
            return
        }
        let errors: [NP6Error?] = [.notFound(subject: "subscription"), .timeout(seconds: 30), .forbidden, nil]
        let results = subscriptions.enumerated().map {
            RequestResult(subscription: $1, error: errors[$0 % errors.count], journalEntry: "e")
        }
        let recheck = BrowserReducer.reduce(&state, .deleteFinished(generation: generation, results: results))
        Self.expectCorrect(Self.texts(state), "mixed, \(count)")
        guard case .lookup(let lookup, let target)? = recheck.first else {
            Issue.record("no re-check")
            return
        }
        _ = BrowserReducer.reduce(
            &state,
            .lookupFinished(
                generation: lookup, target: target,
                result: .success(
                    LookupAnswer(contact: .unicity("words"), subscriptions: Array(Self.many.prefix(count)))),
                now: BrowserFixtures.now))
        Self.expectCorrect(Self.texts(state), "verdict, \(count)")
    }

    @Test(
        "deleting all of a contact, done and unknown, with one subscription and with several", arguments: [1, 2, 1_200])
    func deleteAll(count: Int) {
        for error in [nil, NP6Error.timeout(seconds: 30)] {
            var state = Self.loaded(count)
            BrowserFixtures.press([.character("D")], &state)
            Self.expectCorrect(Self.texts(state), "delete-all modal, \(count)")
            _ = BrowserFixtures.type("words", &state)
            let effects = BrowserFixtures.press([.enter], &state)
            guard case .deleteAll(let generation, let contact, let subscriptions, _)? = effects.first else {
                Issue.record("no delete all")
                return
            }
            let after = BrowserReducer.reduce(
                &state,
                .deleteAllFinished(
                    generation: generation, contact: contact, count: subscriptions.count, error: error,
                    journalEntry: "e"))
            Self.expectCorrect(Self.texts(state), "deleted all, \(count)")
            guard case .lookup(let lookup, let target)? = after.first else { continue }
            _ = BrowserReducer.reduce(
                &state,
                .lookupFinished(
                    generation: lookup, target: target,
                    result: .success(LookupAnswer(contact: contact, subscriptions: [])), now: BrowserFixtures.now))
            Self.expectCorrect(Self.texts(state), "verdict after delete all, \(count)")
        }
    }

    @Test("the header, the counter and the filter bar", arguments: [1, 2, 1_200])
    func counts(count: Int) {
        var state = Self.loaded(count)
        Self.expectCorrect(Self.texts(state), "header, \(count)")
        #expect(Screen.render(state).text().contains(CountText.of(count, "subscription")))
        BrowserFixtures.press([.character("/")], &state)
        _ = BrowserFixtures.type("tok", &state)
        Self.expectCorrect(Self.texts(state), "filter, \(count)")
    }

    @Test("the checker itself catches each mistake the issue names")
    func checkerCatchesMistakes() {
        for wrong in [
            "Deleted all 1 subscriptions", "2 subscriptions is still there",
            "these 1 subscription(s) with 1 request(s)", "1 of them are hidden",
            "100,000 subscription", "3 request",
        ] {
            #expect(!Grammar.problems(in: wrong).isEmpty, "\(wrong)")
        }
        for right in [
            "Deleted the only subscription", "1 subscription", "100,000 subscriptions", "Deleted 1 of 2 subscriptions",
            "1 of them is hidden",
        ] {
            #expect(Grammar.problems(in: right).isEmpty, "\(right)")
        }
    }
}
