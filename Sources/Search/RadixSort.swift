/// A stable sort of rows by one 64-bit key each, least significant 16 bits first: four passes of
/// counting and scattering, a pass skipped when every key has the same 16 bits there (dates a few
/// years apart share their top bits). Hand-written because the comparison sort of a million
/// rows took 224 ms where the budget is 120 (docs/performance.md); this takes a fraction of that.
enum RadixSort {
    /// `rows` ordered by `keys` (one per row, parallel to `rows`), ties in their given order.
    static func sorted(_ rows: [Int], keys: [UInt64]) -> [Int] {
        precondition(rows.count == keys.count)
        guard rows.count > 1 else { return rows }
        var keys = keys
        var rows = rows
        var spareKeys = [UInt64](repeating: 0, count: keys.count)
        var spareRows = [Int](repeating: 0, count: rows.count)
        var counts = [Int](repeating: 0, count: 1 << 16)
        for shift in stride(from: 0, to: 64, by: 16) {
            for position in counts.indices { counts[position] = 0 }
            for key in keys { counts[Int((key >> UInt64(shift)) & 0xFFFF)] += 1 }
            // Every key has these 16 bits alike: the pass would move nothing.
            if counts[Int((keys[0] >> UInt64(shift)) & 0xFFFF)] == keys.count { continue }
            var start = 0
            for digit in counts.indices {
                let count = counts[digit]
                counts[digit] = start
                start += count
            }
            for (key, row) in zip(keys, rows) {
                let digit = Int((key >> UInt64(shift)) & 0xFFFF)
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
