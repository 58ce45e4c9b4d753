import Glibc

/// Sorting rows by a column, from what the index already holds: the dates as numbers, the
/// provider and token as lower-cased bytes, the application by its label. Stable: rows that
/// tie keep their order.
extension SearchIndex {
    /// `rows` (positions in the index) in `order`. A missing date sorts first when ascending (it
    /// is "never", the oldest), and so last when descending.
    public func sorted(_ rows: [Int], by order: SortOrder, applicationNames: [String: String]) -> [Int] {
        let ascending: [Int]
        switch order.key {
        case .created: ascending = Self.stableSort(rows, keys: created)
        case .modified: ascending = Self.stableSort(rows, keys: modified)
        case .application:
            // Few applications: rank their labels once, then sort rows by rank.
            let labels = applicationIDs.map { (applicationNames[$0] ?? $0).lowercased() }
            let byLabel = labels.indices.sorted { labels[$0] < labels[$1] }
            var rank = [Double](repeating: 0, count: labels.count)
            for (position, slot) in byLabel.enumerated() { rank[slot] = Double(position) }
            let keys = applicationSlots.map { $0 < 0 ? Double.nan : rank[Int($0)] }
            ascending = Self.stableSort(rows, keys: keys)
        case .provider: ascending = sortedByText(rows, part: .provider)
        case .token: ascending = sortedByText(rows, part: .token)
        }
        return order.descending ? Self.reversedKeepingTies(ascending, equal: { self.sortKeysEqual($0, $1, order.key, applicationNames) }) : ascending
    }

    /// By a number per row (NaN first), ties in the given order.
    private static func stableSort(_ rows: [Int], keys: [Double]) -> [Int] {
        var pairs = rows.enumerated().map { (key: keys[$0.element], position: $0.offset, row: $0.element) }
        pairs.sort { a, b in
            if a.key.isNaN != b.key.isNaN { return a.key.isNaN }
            if !a.key.isNaN, a.key != b.key { return a.key < b.key }
            return a.position < b.position
        }
        return pairs.map(\.row)
    }

    /// By the bytes of one part of each row's (lower-cased) text, ties in the given order.
    private func sortedByText(_ rows: [Int], part: Part) -> [Int] {
        var positions = Array(rows.indices)
        text.withUnsafeBufferPointer { bytes in
            rowStarts.withUnsafeBufferPointer { starts in
                partStarts.withUnsafeBufferPointer { parts in
                    let ranges = rows.map { Self.range(of: part, row: $0, rowStarts: starts, partStarts: parts) }
                    positions.sort { a, b in
                        let left = ranges[a]
                        let right = ranges[b]
                        let common = min(left.count, right.count)
                        let order = common == 0 ? 0 : memcmp(bytes.baseAddress! + left.lowerBound, bytes.baseAddress! + right.lowerBound, common)
                        if order != 0 { return order < 0 }
                        if left.count != right.count { return left.count < right.count }
                        return a < b
                    }
                }
            }
        }
        return positions.map { rows[$0] }
    }

    /// Descending order that stays stable: runs of equal keys keep their ascending order.
    private static func reversedKeepingTies(_ rows: [Int], equal: (Int, Int) -> Bool) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(rows.count)
        var end = rows.count
        while end > 0 {
            var start = end - 1
            while start > 0, equal(rows[start - 1], rows[end - 1]) { start -= 1 }
            result.append(contentsOf: rows[start..<end])
            end = start
        }
        return result
    }

    private func sortKeysEqual(_ a: Int, _ b: Int, _ key: SortKey, _ applicationNames: [String: String]) -> Bool {
        switch key {
        case .created: return created[a] == created[b] || (created[a].isNaN && created[b].isNaN)
        case .modified: return modified[a] == modified[b] || (modified[a].isNaN && modified[b].isNaN)
        case .application: return applicationSlots[a] == applicationSlots[b]
        case .provider: return text[range(of: .provider, row: a)] == text[range(of: .provider, row: b)]
        case .token: return text[range(of: .token, row: a)] == text[range(of: .token, row: b)]
        }
    }
}
