import Dispatch

/// A stable sort of rows by one 64-bit key each, least significant 11 bits first: six passes of
/// counting and scattering, a pass skipped when every key has the same bits there (dates a few
/// years apart share their top bits). Hand-written because the comparison sort of a million
/// rows took 224 ms where the budget is 120 (docs/performance.md).
enum RadixSort {
    static let digitBits = 11
    static let digitCount = 1 << digitBits

    /// `rows` ordered by `keys` (one per row, parallel to `rows`), ties in their given order.
    /// `inHalves`: the two halves are sorted at once, on both cores, then merged; a 1M token sort
    /// (six passes, no digit shared) was at its budget's edge on one core (docs/performance.md).
    static func sorted(_ rows: [Int], keys: [UInt64], inHalves: Bool = false) -> [Int] {
        precondition(rows.count == keys.count)
        guard inHalves, rows.count > 1 else { return sortedPairs(rows[...], keys: keys[...]).rows }
        let middle = rows.count / 2
        let halves = [0..<middle, middle..<rows.count]
        nonisolated(unsafe) var sortedHalves: [(rows: [Int], keys: [UInt64])] = [([], []), ([], [])]
        sortedHalves.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            // Each half writes its own slot only.
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                results[half] = sortedPairs(rows[halves[half]], keys: keys[halves[half]])
            }
        }
        return merged(sortedHalves[0], sortedHalves[1])
    }

    /// Two sorted runs as one; on equal keys the first run's row comes first, as it came first.
    private static func merged(_ first: (rows: [Int], keys: [UInt64]), _ second: (rows: [Int], keys: [UInt64]))
        -> [Int]
    {
        var result: [Int] = []
        result.reserveCapacity(first.rows.count + second.rows.count)
        var i = 0
        var j = 0
        while i < first.rows.count, j < second.rows.count {
            if second.keys[j] < first.keys[i] {
                result.append(second.rows[j])
                j += 1
            } else {
                result.append(first.rows[i])
                i += 1
            }
        }
        result.append(contentsOf: first.rows[i...])
        result.append(contentsOf: second.rows[j...])
        return result
    }

    /// The least-significant-digit passes over one run: its rows and their keys, both ordered.
    private static func sortedPairs(_ rows: ArraySlice<Int>, keys: ArraySlice<UInt64>) -> (
        rows: [Int], keys: [UInt64]
    ) {
        var keys = Array(keys)
        var rows = Array(rows)
        guard rows.count > 1 else { return (rows, keys) }
        var spareKeys = [UInt64](repeating: 0, count: keys.count)
        var spareRows = [Int](repeating: 0, count: rows.count)
        // On the heap, said so: an array of a constant size may be put on the stack by the
        // optimiser, and a sort runs on a task's thread, whose stack is small (a 16-bit table of
        // 512 KiB there crashed the release build).
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: digitCount)
        defer { counts.deallocate() }
        let mask = UInt64(digitCount - 1)
        for shift in stride(from: 0, to: 64, by: digitBits) {
            let shift = UInt64(shift)
            counts.initialize(repeating: 0)
            for key in keys { counts[Int((key >> shift) & mask)] += 1 }
            // Every key has these bits alike: the pass would move nothing.
            if counts[Int((keys[0] >> shift) & mask)] == keys.count { continue }
            var start = 0
            for digit in 0..<digitCount {
                let count = counts[digit]
                counts[digit] = start
                start += count
            }
            for (key, row) in zip(keys, rows) {
                let digit = Int((key >> shift) & mask)
                spareKeys[counts[digit]] = key
                spareRows[counts[digit]] = row
                counts[digit] += 1
            }
            swap(&keys, &spareKeys)
            swap(&rows, &spareRows)
        }
        return (rows, keys)
    }

    /// A number as a key whose unsigned order is the number's order, NaN below every number;
    /// flipped when descending, so that NaN comes last and ties still keep their order.
    static func key(_ value: Double, descending: Bool) -> UInt64 {
        let ordered: UInt64
        if value.isNaN {
            ordered = 0
        } else {
            // Positive numbers above negative ones; among negatives, larger magnitudes below.
            let bits = (value == 0 ? 0.0 : value).bitPattern
            ordered = bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
        }
        return descending ? ~ordered : ordered
    }
}
