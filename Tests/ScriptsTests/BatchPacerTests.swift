import NP6
import Synchronization
import TestTags
import Testing

@testable import Scripts

/// A virtual clock: sleeping moves its time to the deadline at once, so a minute of pacing takes
/// no time, and every wait the pacer asked for is recorded.
@Suite(.tags(.unit))
final class VirtualClock: PacerClock {
    private let state: Mutex<(now: Double, sleeps: [Double])>

    init(now: Double) { state = Mutex((now, [])) }

    func now() -> Double { state.withLock { $0.now } }
    var sleeps: [Double] { state.withLock { $0.sleeps } }
    func advance(to time: Double) { state.withLock { $0.now = max($0.now, time) } }

    func sleep(until deadline: Double) async throws {
        try Task.checkCancellation()
        state.withLock { state in
            state.sleeps.append(deadline)
            state.now = max(state.now, deadline)
        }
    }
}

/// A clock whose sleeps last until the task is cancelled: a wait in progress, for Ctrl-C.
@Suite(.tags(.unit))
struct StuckClock: PacerClock {
    let time: Double
    func now() -> Double { time }
    func sleep(until deadline: Double) async throws { try await Task.sleep(for: .seconds(3600)) }
}

@Suite("Batch pacer: the state machine and its actor, on a test clock", .tags(.unit))
struct BatchPacerTests {
    typealias Machine = BatchPacer.StateMachine

    static func limit(_ remaining: Int, reset: Double) -> RateLimit {
        RateLimit(limit: 10, remaining: remaining, resetAt: reset)
    }

    @Test("until the first answer one request at a time; then as many as the window's quota covers")
    func firstAnswerOpensTheGate() {
        var machine = Machine(margin: 0.02)
        #expect(machine.requestWanted(1, now: 100) == .send)
        #expect(machine.requestWanted(1, now: 100) == .waitForAnswer)
        machine.answered(1, observed: Self.limit(3, reset: 101), now: 100.1)
        #expect(machine.requestWanted(1, now: 100.1) == .send)
        #expect(machine.requestWanted(1, now: 100.1) == .send)
        #expect(machine.requestWanted(1, now: 100.1) == .send)
        #expect(
            machine.requestWanted(1, now: 100.1) == .wait(until: 101.02),
            "the quota is spent: wait for the reset and the margin")
    }

    @Test("requests in flight count against what an answer says is left")
    func inFlightCountsAgainstTheQuota() {
        var machine = Machine(margin: 0)
        _ = machine.requestWanted(1, now: 10)
        machine.answered(1, observed: Self.limit(8, reset: 20), now: 10)
        for _ in 0..<4 { #expect(machine.requestWanted(1, now: 10) == .send) }
        #expect(machine.inFlight == 4)
        // An answer says 5 left: 3 others are still in flight, so only 2 may start.
        machine.answered(1, observed: Self.limit(5, reset: 20), now: 10.1)
        #expect(machine.remaining == 2)
        #expect(machine.requestWanted(2, now: 10.1) == .send)
        #expect(machine.requestWanted(1, now: 10.1) == .wait(until: 20))
        // A late answer of the window before changes nothing.
        machine.answered(1, observed: Self.limit(9, reset: 15), now: 10.2)
        #expect(machine.remaining == 0)
    }

    @Test("a window it opened teaches its length: a reset in whole seconds is not waited for in full")
    func learnsTheWindowLength() {
        var machine = Machine(margin: 0.02)
        _ = machine.requestWanted(1, now: 99.5)
        machine.answered(1, observed: Self.limit(0, reset: 100), now: 99.6)
        #expect(machine.requestWanted(1, now: 99.6) == .wait(until: 100.02))
        machine.tick(now: 100.02)
        // The next window opens with this request at 100.3; its answer says "reset at 102", a
        // second rounded up from 101.3: the length learnt is 1 s.
        #expect(machine.requestWanted(1, now: 100.3) == .send)
        machine.answered(1, observed: Self.limit(0, reset: 102), now: 100.35)
        #expect(machine.windowLength == 1)
        let decision = machine.requestWanted(1, now: 100.4)
        #expect(decision == .wait(until: 100.35 + 1 + 0.02), "the first answer's arrival plus the length, not 102")
    }

    @Test("a fractional reset is the window's true end: nothing is learnt from it")
    func fractionalResetIsTrusted() {
        var machine = Machine(margin: 0)
        _ = machine.requestWanted(1, now: 1)
        machine.answered(1, observed: Self.limit(0, reset: 1.5), now: 1.1)
        machine.tick(now: 1.5)
        _ = machine.requestWanted(1, now: 1.6)
        machine.answered(1, observed: Self.limit(0, reset: 2.6), now: 1.7)
        #expect(machine.windowLength == nil)
        #expect(machine.requestWanted(1, now: 1.8) == .wait(until: 2.6))
    }

    @Test("a 429 in the middle of a window closes it for everyone until the announced reset, and learning stops")
    func rateLimitedMidWindow() {
        var machine = Machine(margin: 0.02)
        _ = machine.requestWanted(1, now: 50)
        machine.answered(1, observed: Self.limit(0, reset: 51), now: 50.1)
        machine.tick(now: 51.02)
        _ = machine.requestWanted(1, now: 51.1)
        machine.answered(1, observed: Self.limit(5, reset: 53), now: 51.2)
        #expect(machine.windowLength == 1)
        #expect(machine.requestWanted(1, now: 51.3) == .send)
        machine.rateLimited(1, observed: Self.limit(0, reset: 55), now: 51.4)
        #expect(machine.closedUntil == 55.02)
        #expect(
            machine.requestWanted(1, now: 52) == .wait(until: 55.02), "closed for everyone until the announced reset")
        machine.tick(now: 55.02)
        #expect(machine.closedUntil == nil)
        // After a 429 the learnt length is no longer trusted: only the announced reset.
        var after = machine
        after.answered(0, observed: Self.limit(0, reset: 57), now: 55.1)
        #expect(after.requestWanted(1, now: 55.2) == .wait(until: 57.02))
        // A 429 without headers closes it for a second.
        var bare = Machine(margin: 0)
        _ = bare.requestWanted(1, now: 7)
        bare.rateLimited(1, observed: nil, now: 7.5)
        #expect(bare.requestWanted(1, now: 7.6) == .wait(until: 8.5))
    }

    @Test("the actor carries the decisions out on its clock: waits are slept, never polled")
    func actorSleepsOnItsClock() async throws {
        let clock = VirtualClock(now: 1000)
        let pacer = BatchPacer(margin: 0.5, clock: clock)
        try await pacer.acquire()
        await pacer.release(observed: Self.limit(1, reset: 1003), rateLimited: false)
        try await pacer.acquire()
        try await pacer.acquire()
        #expect(clock.sleeps == [1003.5], "the second request of the window waited for its end, once")
        #expect(clock.now() == 1003.5)
        #expect(await pacer.state.inFlight == 2)
    }

    @Test("a request waiting for the first answer goes as soon as it comes")
    func waiterResumedByAnAnswer() async throws {
        let clock = VirtualClock(now: 0)
        let pacer = BatchPacer(clock: clock)
        try await pacer.acquire()
        let second = Task { try await pacer.acquire() }
        // The second is suspended (no answer yet); the answer lets it through.
        while await pacer.waitingForAnswer == 0 { await Task.yield() }
        await pacer.release(observed: Self.limit(9, reset: 60), rateLimited: false)
        try await second.value
        #expect(await pacer.state.inFlight == 1)
        #expect(clock.sleeps.isEmpty)
    }

    @Test("Ctrl-C (cancellation) ends a wait in each phase: for the first answer, for the window's end, after a 429")
    func cancellationInEveryPhase() async throws {
        // Waiting for the first answer.
        let gate = BatchPacer(clock: StuckClock(time: 0))
        try await gate.acquire()
        let waiting = Task { try await gate.acquire() }
        while await gate.waitingForAnswer == 0 { await Task.yield() }
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
        #expect(await gate.waitingForAnswer == 0)

        // Waiting for the window's end.
        let spent = BatchPacer(clock: StuckClock(time: 0))
        try await spent.acquire()
        await spent.release(observed: Self.limit(0, reset: 30), rateLimited: false)
        let windowWait = Task { try await spent.acquire() }
        windowWait.cancel()
        await #expect(throws: CancellationError.self) { try await windowWait.value }

        // Closed after a 429.
        let closed = BatchPacer(clock: StuckClock(time: 0))
        try await closed.acquire()
        await closed.release(observed: Self.limit(5, reset: 30), rateLimited: true)
        let closedWait = Task { try await closed.acquire() }
        closedWait.cancel()
        await #expect(throws: CancellationError.self) { try await closedWait.value }
        #expect(await closed.state.inFlight == 0, "a cancelled request is never counted in flight")
    }

    @Test("a reset 31 years ahead, or a 429 that far, is waited for 5 minutes at most, then tried again")
    func farResetsAreCapped() {
        var machine = Machine(margin: 0.02)
        #expect(machine.requestWanted(1, now: 100) == .send)
        machine.answered(1, observed: Self.limit(0, reset: 100 + 31 * 365 * 86_400), now: 100)
        #expect(machine.requestWanted(1, now: 100) == .wait(until: 400.02))
        machine.tick(now: 400.02)
        #expect(machine.requestWanted(1, now: 400.02) == .send, "after the bound the request goes")
        machine.rateLimited(1, observed: Self.limit(0, reset: 1e12), now: 401)
        #expect(machine.requestWanted(1, now: 401) == .wait(until: 701.02))
    }

    @Test("a long wait counts down once a second and ends with nil; stop() ends it and nothing more starts")
    func longWaitsAreShownAndStoppable() async throws {
        let clock = VirtualClock(now: 0)
        let reports = Mutex<[Double?]>([])
        let pacer = BatchPacer(clock: clock, onWait: { until in reports.withLock { $0.append(until) } })
        try await pacer.acquire()
        await pacer.release(observed: Self.limit(0, reset: 5), rateLimited: false)
        try await pacer.acquire()
        #expect(reports.withLock { $0 } == [5.02, 5.02, 5.02, 5.02, 5.02, 5.02, nil], "each second, then nil")
        #expect(clock.sleeps == [1, 2, 3, 4, 5, 5.02], "slept a second at a time up to the window's end")

        let stuck = BatchPacer(clock: StuckClock(time: 0), onWait: { _ in })
        try await stuck.acquire()
        await stuck.release(observed: Self.limit(0, reset: 60), rateLimited: false)
        await stuck.stop()
        await #expect(throws: CancellationError.self) { try await stuck.acquire() }
    }
}
