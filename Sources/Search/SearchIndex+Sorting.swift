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
        var pairs = rows.enumerated().map { (key: keys[$0.element], position: $0.offset, row: $0.element) }
        pairs.sort { a, b in
            if a.key.isNaN != b.key.isNaN { return a.key.isNaN != descending }
            if !a.key.isNaN, a.key != b.key { return (a.key < b.key) != descending }
            return a.position < b.position
        }
        return pairs.map(\.row)
    }

    /// By the bytes of one part of each row's (lower-cased) text, ties in the given order.
    /// Each row's first eight bytes are packed into one integer first, so that most comparisons
    /// are one integer comparison: at 100,000 tokens this took the slowest sort from 57 ms to 20 ms
    /// (docs/performance.md). Only rows whose first eight bytes agree compare the rest.
    private func sortedByText(_ rows: [Int], part: Part, descending: Bool) -> [Int] {
        var positions = Array(rows.indices)
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
                    positions.sort { a, b in
                        if heads[a] != heads[b] { return (heads[a] < heads[b]) != descending }
                        let left = ranges[a]
                        let right = ranges[b]
                        let common = min(left.count, right.count)
                        let order =
                            common <= 8
                            ? 0
                            : memcmp(
                                bytes.baseAddress! + left.lowerBound + 8, bytes.baseAddress! + right.lowerBound + 8,
                                common - 8)
                        if order != 0 { return (order < 0) != descending }
                        if left.count != right.count { return (left.count < right.count) != descending }
                        return a < b
                    }
                }
            }
        }
        return positions.map { rows[$0] }
    }
}
