import Synchronization

/// What the second half of a parallel scan hands back, and the flag that stops it. Written by
/// one thread and read by the other after `DispatchGroup.wait()`, which orders the two.
final class ParallelScan: @unchecked Sendable {
    var rows: [Int]?
    let cancelled = Atomic<Bool>(false)
}
