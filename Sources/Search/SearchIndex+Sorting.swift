import Glibc

/// Sorting rows by a column, from what the index already holds: the dates as numbers, the
/// provider and token as lower-cased bytes, the application by its label. Stable in both
/// directions: rows that tie keep their order.
extension SearchIndex {
    /// `rows` (positions in the index) in `order`. A missing date sorts first when ascending (it
    /// is "never", the oldest), and so last when descending.
    public func sorted(_ rows: [Int], by order: SortOrder, applicationNames: [String: String]) -> [Int] {
        let descending = order.descending
        switch order.key {
        case .created: return Self.stableSort(rows, keys: created, descending: descending)
        case .modified: return Self.stableSort(rows, keys: modified, descending: descending)
        case .application:
            // Few applications: rank their labels once, then sort rows by rank.
            let labels = applicationIDs.map { (applicationNames[$0] ?? $0).lowercased() }
            let byLabel = labels.indices.sorted { labels[$0] < labels[$1] }
            var rank = [Double](repeating: 0, count: labels.count)
            for (position, slot) in byLabel.enumerated() { rank[slot] = Double(position) }
            let keys = applicationSlots.map { $0 < 0 ? Double.nan : rank[Int($0)] }
            return Self.stableSort(rows, keys: keys, descending: descending)
        case .provider: return sortedByText(rows, part: .provider, descending: descending)
        case .token: return sortedByText(rows, part: .token, descending: descending)
        }
    }

    /// By a number per row (NaN counts as the smallest), ties in the given order.
    private static func stableSort(_ rows: [Int], keys: [Double], descending: Bool) -> [Int] {
        RadixSort.sorted(rows, keys: rows.map { RadixSort.key(keys[$0], descending: descending) })
    }

    /// By the bytes of one part of each row's (lower-cased) text, ties in the given order.
    /// Each row's first eight bytes are packed into one integer, and the rows are radix-sorted
    /// by it; only runs of rows whose first eight bytes agree are then ordered by the rest.
    private func sortedByText(_ rows: [Int], part: Part, descending: Bool) -> [Int] {
        text.withUnsafeBufferPointer { bytes in
            rowStarts.withUnsafeBufferPointer { starts in
                partStarts.withUnsafeBufferPointer { parts in
                    let ranges = rows.map { Self.range(of: part, row: $0, rowStarts: starts, partStarts: parts) }
                    let heads = ranges.map { range -> UInt64 in
                        var head: UInt64 = 0
                        for offset in 0..<8 {
                            head <<= 8
                            if offset < range.count { head |= UInt64(bytes[range.lowerBound + offset]) }
                        }
                        return head
                    }
                    var positions = RadixSort.sorted(
                        Array(rows.indices), keys: heads.map { descending ? ~$0 : $0 })
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
}
