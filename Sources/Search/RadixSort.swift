/// A stable sort of rows by one 64-bit key each, least significant 11 bits first: six passes of
/// counting and scattering, a pass skipped when every key has the same bits there (dates a few
/// years apart share their top bits). Hand-written because the comparison sort of a million
/// rows took 224 ms where the budget is 120 (docs/performance.md).
enum RadixSort {
    static let digitBits = 11
    static let digitCount = 1 << digitBits

    /// `rows` ordered by `keys` (one per row, parallel to `rows`), ties in their given order.
    static func sorted(_ rows: [Int], keys: [UInt64]) -> [Int] {
        precondition(rows.count == keys.count)
        guard rows.count > 1 else { return rows }
        var keys = keys
        var rows = rows
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
        return rows
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
