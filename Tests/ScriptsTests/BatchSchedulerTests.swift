import Synchronization
import TestTags
import Testing

@testable import Scripts

@Suite("Batch scheduler: jobs at a time, in order, stopped and abandoned", .tags(.unit))
struct BatchSchedulerTests {
    /// How many items run at once, at most.
    final class Concurrency: Sendable {
        private let state = Mutex((running: 0, most: 0, started: 0))
        func begin() {
            state.withLock {
                $0.running += 1
                $0.started += 1
                $0.most = max($0.most, $0.running)
            }
        }
        func end() { state.withLock { $0.running -= 1 } }
        var most: Int { state.withLock { $0.most } }
        var started: Int { state.withLock { $0.started } }
    }

    @Test("ordered outputs come in the items' order whatever order they finish in, never more than jobs at once")
    func orderedAndBounded() async throws {
        let concurrency = Concurrency()
        var items = Array(0..<50).makeIterator()
        var handled: [Int] = []
        try await BatchScheduler.run(
            jobs: 4, ordered: true, shouldStop: { false }, next: { () throws(BatchProblem) in items.next() },
            work: { item in
                concurrency.begin()
                defer { concurrency.end() }
                // Later items finish first.
                try? await Task.sleep(for: .microseconds((50 - item) * 40))
                return item
            },
            handle: { handled.append($0) })
        #expect(handled == Array(0..<50))
        #expect(concurrency.most <= 4)
        #expect(concurrency.most >= 2, "items overlap")
    }

    @Test("a stop (the first Ctrl-C) starts nothing more; what is in flight finishes and is handled")
    func stopLetsInFlightFinish() async throws {
        let concurrency = Concurrency()
        let stop = Mutex(false)
        var items = Array(0..<100).makeIterator()
        var handled: [Int] = []
        try await BatchScheduler.run(
            jobs: 3, ordered: false, shouldStop: { stop.withLock { $0 } },
            next: { () throws(BatchProblem) in items.next() },
            work: { item in
                concurrency.begin()
                defer { concurrency.end() }
                if item == 5 { stop.withLock { $0 = true } }
                try? await Task.sleep(for: .milliseconds(2))
                return item
            },
            handle: { handled.append($0) })
        #expect(concurrency.started < 10, "nothing started after the stop but what was already asked for")
        #expect(handled.count == concurrency.started, "every started item was handled")
        #expect(handled.contains(5))
    }

    @Test("cancelling the run (the second Ctrl-C) cancels the items in flight, and they say so")
    func cancelAbandonsInFlight() async throws {
        let cancelled = Mutex(0)
        let started = Mutex(0)
        var items = Array(0..<10).makeIterator()
        let run = Task {
            var outputs: [Bool] = []
            try await BatchScheduler.run(
                jobs: 2, ordered: false, shouldStop: { false }, next: { () throws(BatchProblem) in items.next() },
                work: { _ in
                    started.withLock { $0 += 1 }
                    do {
                        try await Task.sleep(for: .seconds(60))
                        return false
                    } catch {
                        cancelled.withLock { $0 += 1 }
                        return true
                    }
                },
                handle: { outputs.append($0) })
            return outputs
        }
        while started.withLock({ $0 }) < 2 { await Task.yield() }
        run.cancel()
        let outputs = try await run.value
        #expect(cancelled.withLock { $0 } == 2, "both items in flight saw the cancellation")
        #expect(started.withLock { $0 } == 2, "nothing new started")
        #expect(outputs.allSatisfy { $0 })
    }

    @Test("a file that cannot be read stops the run with its problem")
    func readProblemStops() async {
        var count = 0
        await #expect(throws: BatchProblem.self) {
            try await BatchScheduler.run(
                jobs: 2, ordered: true, shouldStop: { false },
                next: { () throws(BatchProblem) in
                    count += 1
                    if count == 3 { throw BatchProblem(message: "line 3: unreadable") }
                    return count
                },
                work: { $0 }, handle: { _ in })
        }
    }
}
