import Synchronization

/// Runs a batch's items `jobs` at a time: a new one starts as soon as one ends, so the
/// connections stay busy. `ordered` hands the outputs over in the items' order (the plan reads
/// like the file); the items started ahead of the oldest unfinished one are bounded, so a slow
/// answer cannot make the waiting outputs grow without end. `shouldStop` is asked before each
/// start (the first Ctrl-C); cancelling the surrounding task cancels the items in flight.
enum BatchScheduler {
    static func run<Item: Sendable, Output: Sendable>(
        jobs: Int, ordered: Bool, shouldStop: () -> Bool,
        next: () throws(BatchProblem) -> Item?,
        work: @escaping @Sendable (Item) async -> Output,
        handle: (Output) throws -> Void
    ) async throws {
        let lookahead = max(jobs * 16, 64)
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var started = 0
            var handled = 0
            var waiting: [Int: Output] = [:]
            var running = 0
            var exhausted = false
            /// Starts items until `jobs` run, the file ends, a stop is asked, or the lookahead is full.
            func fill() throws {
                while running < jobs, !exhausted, !shouldStop(), !Task.isCancelled {
                    if ordered, started - handled >= lookahead { return }
                    guard let item = try next() else {
                        exhausted = true
                        return
                    }
                    let index = started
                    started += 1
                    running += 1
                    group.addTask { (index, await work(item)) }
                }
            }
            try fill()
            while let (index, output) = try await group.next() {
                running -= 1
                if ordered {
                    waiting[index] = output
                    while let ready = waiting.removeValue(forKey: handled) {
                        try handle(ready)
                        handled += 1
                    }
                } else {
                    try handle(output)
                    handled += 1
                }
                try fill()
            }
        }
    }
}
