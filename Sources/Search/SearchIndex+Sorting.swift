import Dispatch
import Glibc

/// Sorting rows by a column, from what the index already holds: the dates as numbers, the
/// provider and token as lower-cased bytes, the application by its label. Stable in both
/// directions: rows that tie keep their order.
extension SearchIndex {
    /// `rows` (positions in the index) in `order`. A missing date sorts first when ascending (it
    /// is "never", the oldest), and so last when descending. From `parallelRows` rows the work
    /// is cut in two halves that run at once (tests lower it to split small lists).
    public func sorted(
        _ rows: [Int], by order: SortOrder, applicationNames: [String: String], parallelRows: Int = 50_000
    ) -> [Int] {
        let descending = order.descending
        let parallel = rows.count >= parallelRows
        switch order.key {
        case .created: return Self.stableSort(rows, keys: created, descending: descending, parallel: parallel)
        case .modified: return Self.stableSort(rows, keys: modified, descending: descending, parallel: parallel)
        case .application:
            // Few applications: rank their labels once, then sort rows by rank.
            let labels = applicationIDs.map { (applicationNames[$0] ?? $0).lowercased() }
            let byLabel = labels.indices.sorted { labels[$0] < labels[$1] }
            var rank = [Double](repeating: 0, count: labels.count)
            for (position, slot) in byLabel.enumerated() { rank[slot] = Double(position) }
            let keys = applicationSlots.map { $0 < 0 ? Double.nan : rank[Int($0)] }
            return Self.stableSort(rows, keys: keys, descending: descending, parallel: parallel)
        case .provider: return sortedByText(rows, part: .provider, descending: descending, parallel: parallel)
        case .token: return sortedByText(rows, part: .token, descending: descending, parallel: parallel)
        }
    }

    /// By a number per row (NaN counts as the smallest), ties in the given order.
    private static func stableSort(_ rows: [Int], keys: [Double], descending: Bool, parallel: Bool) -> [Int] {
        RadixSort.sorted(rows, keys: rows.map { RadixSort.key(keys[$0], descending: descending) }, inHalves: parallel)
    }

    /// By the bytes of one part of each row's (lower-cased) text, ties in the given order.
    /// Each row's first eight bytes are packed into one integer, and the rows are radix-sorted
    /// by it; only runs of rows whose first eight bytes agree are then ordered by the rest.
    private func sortedByText(_ rows: [Int], part: Part, descending: Bool, parallel: Bool) -> [Int] {
        text.withUnsafeBufferPointer { bytes in
            rowStarts.withUnsafeBufferPointer { starts in
                partStarts.withUnsafeBufferPointer { parts in
                    let (ranges, heads) = Self.rangesAndHeads(rows, part: part, parallel, bytes, starts, parts)
                    var positions = RadixSort.sorted(
                        Array(rows.indices), keys: heads.map { descending ? ~$0 : $0 }, inHalves: parallel)
                    var start = 0
                    while start < positions.count {
                        var end = start + 1
                        while end < positions.count, heads[positions[end]] == heads[positions[start]] { end += 1 }
                        // A run of one text of at most eight bytes (a provider's type, mostly) is
                        // already in order: the radix sort is stable. Comparing a third of a
                        // million equal rows was most of a 1M provider sort.
                        let length = ranges[positions[start]].count
                        let alike =
                            length <= 8 && positions[start..<end].allSatisfy { ranges[$0].count == length }
                        if end - start > 1, !alike {
                            positions[start..<end].sort { a, b in
                                let left = ranges[a]
                                let right = ranges[b]
                                let common = min(left.count, right.count)
                                let order =
                                    common <= 8
                                    ? 0
                                    : memcmp(
                                        bytes.baseAddress! + left.lowerBound + 8,
                                        bytes.baseAddress! + right.lowerBound + 8, common - 8)
                                if order != 0 { return (order < 0) != descending }
                                if left.count != right.count { return (left.count < right.count) != descending }
                                return a < b
                            }
                        }
                        start = end
                    }
                    return positions.map { rows[$0] }
                }
            }
        }
    }

    /// Each row's text range in `part`, and its first eight bytes as one integer (zero-padded).
    /// Reading them is a cache miss a row in a 300 MB text: `parallel`, two halves miss at once.
    private static func rangesAndHeads(
        _ rows: [Int], part: Part, _ parallel: Bool, _ bytes: UnsafeBufferPointer<UInt8>,
        _ starts: UnsafeBufferPointer<Int>, _ parts: UnsafeBufferPointer<UInt32>
    ) -> (ranges: [Range<Int>], heads: [UInt64]) {
        var ranges = [Range<Int>](repeating: 0..<0, count: rows.count)
        var heads = [UInt64](repeating: 0, count: rows.count)
        let slices = slices(of: rows.count, parts: parallel ? 2 : 1)
        rows.withUnsafeBufferPointer { rowBuffer in
            ranges.withUnsafeMutableBufferPointer { rangeBuffer in
                heads.withUnsafeMutableBufferPointer { headBuffer in
                    // Each slice writes its own indices only.
                    nonisolated(unsafe) let (rows, ranges, heads) = (rowBuffer, rangeBuffer, headBuffer)
                    nonisolated(unsafe) let (bytes, starts, parts) = (bytes, starts, parts)
                    DispatchQueue.concurrentPerform(iterations: slices.count) { slice in
                        for index in slices[slice] {
                            let range = Self.range(of: part, row: rows[index], rowStarts: starts, partStarts: parts)
                            var head: UInt64 = 0
                            for offset in 0..<8 {
                                head <<= 8
                                if offset < range.count { head |= UInt64(bytes[range.lowerBound + offset]) }
                            }
                            ranges[index] = range
                            heads[index] = head
                        }
                    }
                }
            }
        }
        return (ranges, heads)
    }
}
