import Browser
import BrowserTestSupport
import Essentials
import Formatting
import Foundation
import NP6
import Primitives
import TestTags
import Testing
import Views

/// A model-based test of the reducer: long seeded random sequences of keys, answers (right,
/// stale and failing), resizes, mouse events and ticks, a million steps in all, each
/// reproducible from its seed. After every step the safety properties are checked and the
/// screen is rendered at a random size: a small one (up to 40×12) every step, and the state's
/// own random size (up to 300×100) every 25th step, because a debug-build render of a large
/// screen costs about a millisecond. `NP6_MODEL_RENDER_EVERY=1` renders the state's own size
/// after every step too (a long run).
@Suite("Reducer model: a million random steps keep every safety property", .tags(.unit, .slow), .notInFastRun)
struct ReducerModelTests {
    /// A seeded generator, so a failure names the seed that reproduces it.
    typealias Generator = SplitMix64

    static let seeds = 0..<125
    static let stepsPerSeed = 4_000
    static let renderEvery = max(1, Int(ProcessInfo.processInfo.environment["NP6_MODEL_RENDER_EVERY"] ?? "") ?? 25)

    /// Keys a person can press: every binding's keys, text, and noise.
    static let keys: [Key] = {
        var keys = Set(KeyMap.bindings.flatMap(\.keys))
        for character in "abcxyzfoobar0123 @.-+:!~\"" { keys.insert(.character(character)) }
        keys.formUnion([.function(5), .control("z"), .delete, .home, .end])
        return Array(keys).sorted { "\($0)" < "\($1)" }
    }()

    static let contacts: [(ContactKey, [Subscription])] = [
        (.unicity("foobar"), BrowserFixtures.foobar), (.unicity("jeanne.martin@example.com"), BrowserFixtures.jeanne),
        (.hash("h"), BrowserFixtures.hostile), (.contactID("1"), []),
    ]

    static let errors: [NP6Error] = [
        .timeout(seconds: 30), .serverError(status: 502, excerpt: "x"), .notFound(subject: "subscription"), .forbidden,
        .connectionLost(host: "h", reason: "r"), .connectionFailed(host: "h", reason: "r"), .cancelled, .unauthorized,
    ]

    /// One random action, answering the effects still open now and then.
    static func action(_ generator: inout Generator, state: BrowserState, open: [Effect]) -> Action {
        let roll = Int.random(in: 0..<100, using: &generator)
        switch roll {
        case 0..<55:
            return .key(keys.randomElement(using: &generator)!)
        case 55..<62:
            let size =
                Int.random(in: 0..<10, using: &generator) == 0
                ? TerminalSize(
                    rows: .random(in: 1...100, using: &generator), columns: .random(in: 1...300, using: &generator))
                : TerminalSize(
                    rows: .random(in: 8...45, using: &generator), columns: .random(in: 30...130, using: &generator))
            return .resize(size)
        case 62..<66:
            return .tick(now: state.now + Double.random(in: 0...6, using: &generator))
        case 66..<70:
            let row = Int.random(in: 0..<max(1, state.size.rows), using: &generator)
            let column = Int.random(in: 0..<max(1, state.size.columns), using: &generator)
            return [
                MouseEvent.click(row: row, column: column), .wheelUp(row: row, column: column),
                .wheelDown(row: row, column: column),
            ]
            .randomElement(using: &generator).map { .mouse($0) }!
        default:
            // An answer: mostly to an open effect, sometimes to a generation long gone.
            let stale = Int.random(in: 0..<8, using: &generator) == 0
            guard let effect = open.randomElement(using: &generator) else { return .tick(now: state.now + 1) }
            return answer(to: effect, stale: stale, environment: state.environment, &generator)
        }
    }

    static func answer(to effect: Effect, stale: Bool, environment: BrowserEnvironment, _ generator: inout Generator)
        -> Action
    {
        let failure = Int.random(in: 0..<4, using: &generator) == 0
        let error = errors.randomElement(using: &generator)!
        switch effect {
        case .lookup(let generation, let target):
            let generation = stale ? max(0, generation - 1) : generation
            if failure {
                return .lookupFinished(
                    generation: generation, target: target, result: .failure(error), now: BrowserFixtures.now)
            }
            let (contact, subscriptions) = contacts.randomElement(using: &generator)!
            let answerContact: ContactKey = if case .contact(let key) = target { key } else { contact }
            return .lookupFinished(
                generation: generation, target: target,
                result: .success(
                    LookupAnswer(
                        contact: answerContact, subscriptions: subscriptions, timeZone: .fixed(offsetSeconds: 3600))),
                now: BrowserFixtures.now)
        case .deleteSubscriptions(let generation, let subscriptions, _):
            let results = subscriptions.map { subscription in
                RequestResult(
                    subscription: subscription,
                    error: Bool.random(using: &generator) ? nil : errors.randomElement(using: &generator),
                    journalEntry: "e-\(subscription.id)")
            }
            return .deleteFinished(generation: stale ? generation + 7 : generation, results: results)
        case .deleteAll(let generation, let contact, let subscriptions, _):
            return .deleteAllFinished(
                generation: generation, contact: contact, count: subscriptions.count, error: failure ? error : nil,
                journalEntry: "e")
        case .restore(let generation, let subscriptions, _):
            return .restoreFinished(
                generation: generation,
                results: subscriptions.map { RequestResult(subscription: $0, error: failure ? error : nil) })
        case .loadApplications:
            return .applicationsFinished(failure ? .failure(error) : .success(BrowserFixtures.applications))
        case .filter(let job):
            return .filterFinished(generation: job.generation, rows: job.run() ?? [])
        case .buildIndex(let job):
            return .indexBuilt(generation: stale ? job.generation + 5 : job.generation, index: job.runHere())
        case .copyToClipboard(_, let what):
            return .copyFinished(what: what, error: failure ? "no terminal" : nil)
        case .switchProfile(let generation, let name):
            if failure {
                return .profileSwitchFailed(
                    generation: generation, profile: name, message: "key_command exited with status 1")
            }
            let profile = environment.profiles.first { $0.name == name } ?? BrowserFixtures.profiles[0]
            return .profileSwitched(
                generation: stale ? generation + 3 : generation,
                connection: environment.connection(for: profile, baseURL: .production))
        case .loadJournal:
            if failure { return .journalUnreadable("cannot read journal.jsonl") }
            // One entry per contact, each undoable: `u` in the journal must confirm like every write.
            let rows = contacts.enumerated().map { index, contact in
                JournalRow(
                    id: "entry-\(index)", cells: ["2026-01-15 12:00", "entry-\(index)", contact.0.value, "delete"],
                    when: "2026-01-15 12:00", contactText: contact.0.value, contact: contact.0, unicity: nil,
                    details: [], undo: .possible(Array(contact.1.prefix(1))))
            }
            return .journalLoaded(
                JournalListing(
                    header: ["WHEN", "ENTRY", "CONTACT", "OPERATION"], shrinking: [2], rows: rows, profile: nil,
                    path: "journal.jsonl"))
        case .export(let job):
            if failure { return .exportFinished(.failed(path: job.path, message: "No space left on device")) }
            return .exportFinished(
                stale || job.overwrite
                    ? .written(rows: job.subscriptions.count, path: job.path) : .exists(path: job.path))
        case .openPager:
            return .pagerFinished(error: failure ? "sh: 1: nopager: not found" : nil)
        case .cancel, .saveRecentLookups, .settleJournal, .redrawScreen, .quit:
            return .tick(now: BrowserFixtures.now)
        }
    }

    /// The write an effect asks for, as the subscriptions it touches; nil for a read.
    static func write(_ effect: Effect) -> [String]? {
        switch effect {
        case .deleteSubscriptions(_, let subscriptions, _), .deleteAll(_, _, let subscriptions, _),
            .restore(_, let subscriptions, _):
            return subscriptions.map(\.id)
        default:
            return nil
        }
    }

    /// Whether `key` confirms `confirmation` as it stood before the key.
    static func confirms(_ key: Key, _ confirmation: Browser.Confirmation) -> Bool {
        switch confirmation.answer {
        case .button(let focus):
            return key == .character("y") || key == .character("Y") || (key == .enter && focus == .confirm)
        case .typed(let typed): return key == .enter && typed.field.text == typed.expected
        }
    }

    @Test(
        """
        no write without a confirmation of exactly that write; none in read-only; selection and scroll in range; \
        rendering never traps
        """,
        arguments: [false, true])
    func model(readOnly: Bool) async {
        var steps = 0
        var writes = 0
        var renders = 0
        for seed in Self.seeds {
            var generator = Generator(seed: UInt64(seed) &* 7919 &+ (readOnly ? 1 : 0))
            // On production with another profile to switch to: P, the band and the typed profile name are in play.
            var state = BrowserFixtures.loaded(
                readOnly: readOnly, profile: BrowserFixtures.profiles[1], profiles: BrowserFixtures.profiles)
            var open: [Effect] = []
            for step in 0..<Self.stepsPerSeed {
                // A minute of work on a shared pool of two threads: let the other tests' timers
                // and answers run now and then.
                if step % 500 == 0 { await Task.yield() }
                let action = Self.action(&generator, state: state, open: open)
                let before = state
                let effects = BrowserReducer.reduce(&state, action)
                steps += 1
                for effect in effects {
                    if case .quit = effect { continue }
                    open.append(effect)
                }
                if open.count > 12 { open.removeFirst(open.count - 12) }
                // 1. A write only right after a key that confirmed an open confirmation naming
                //    exactly those subscriptions; 2. never in read-only.
                for effect in effects {
                    guard let ids = Self.write(effect) else { continue }
                    writes += 1
                    #expect(!readOnly, "seed \(seed) step \(step): a write in read-only")
                    guard case .key(let key) = action, case .confirmation(let confirmation)? = before.overlay,
                        Self.confirms(key, confirmation)
                    else {
                        Issue.record(
                            """
                            seed \(seed) step \(step): \(effect) without a confirming key on an open confirmation \
                            (action \(action))
                            """
                        )
                        return
                    }
                    #expect(
                        confirmation.subscriptions.map(\.id) == ids,
                        "seed \(seed) step \(step): the write is not the one confirmed")
                }
                // 3. Selection and scroll in range.
                #expect(
                    state.selection >= 0 && state.selection < max(1, state.visible.count),
                    "seed \(seed) step \(step): selection \(state.selection) of \(state.visible.count)")
                #expect(
                    state.listScroll >= 0 && state.listScroll <= max(0, state.visible.count - 1),
                    "seed \(seed) step \(step): scroll \(state.listScroll)")
                #expect(state.detailScroll >= 0)
                // 4. Rendering: no trap, every row exactly the screen's width. At a small random size
                //    every step (a copy of the state, resized), and at the state's own size every
                //    25th.
                var small = state
                _ = BrowserReducer.reduce(
                    &small,
                    .resize(
                        TerminalSize(
                            rows: .random(in: 1...12, using: &generator),
                            columns: .random(in: 1...40, using: &generator))))
                var sizes = [small]
                if step % Self.renderEvery == 0 { sizes.append(state) }
                for shown in sizes {
                    renders += 1
                    for line in Screen.render(shown).lines() where DisplayWidth.of(line) != shown.size.columns {
                        Issue.record(
                            """
                            seed \(seed) step \(step): a row of \(DisplayWidth.of(line)) cells on a \
                            \(shown.size.columns)-column screen
                            """
                        )
                        return
                    }
                }
            }
        }
        #expect(steps == Self.seeds.count * Self.stepsPerSeed)
        // The palette, the export prompt and the help's filter take a share of the walk's keys as
        // typed text (83 writes with them, 100 and more before): still enough writes to matter.
        #expect(readOnly || writes > 50, "the walk reached confirmed writes (\(writes))")
        #expect(renders >= steps + steps / Self.renderEvery)
    }
}
