import Dispatch

/// The scan of the whole text, cut in two halves of rows that run at once on both cores.
extension TextTerm {
    /// The rows, in order, where the needle is (the all-ASCII rows' text; originals and
    /// applications are added by the caller), cut in two from `parallelRows` rows. The calling
    /// thread scans the first half and asks `isCancelled`; the second half runs on a Dispatch
    /// thread, which sees a cancellation through a flag the first half sets.
    func scanInParallel(from parallelRows: Int, isCancelled: () -> Bool) -> [Int]? {
        guard index.count >= max(2, parallelRows) else { return scan(rows: 0..<index.count, isCancelled: isCancelled) }
        let halves = SearchIndex.slices(of: index.count, parts: 2)
        let second = ParallelScan()
        let group = DispatchGroup()
        let term = self
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            second.rows = term.scan(rows: halves[1], isCancelled: { second.cancelled.load(ordering: .relaxed) })
        }
        let first = scan(rows: halves[0], isCancelled: isCancelled)
        if first == nil { second.cancelled.store(true, ordering: .relaxed) }
        group.wait()
        guard let first, let rest = second.rows, !isCancelled() else { return nil }
        return first + rest
    }

    /// `scanAllRows`'s pass over the rows of `rows`, which share no byte with other rows.
    func scan(rows: Range<Int>, isCancelled: () -> Bool) -> [Int]? {
        var found: [Int] = []
        guard !rows.isEmpty else { return found }
        var cancelled = false
        let skipsOriginals = caseSensitive && !index.originals.isEmpty
        index.text.withUnsafeBufferPointer { text in
            index.rowStarts.withUnsafeBufferPointer { rowStarts in
                index.partStarts.withUnsafeBufferPointer { partStarts in
                    folded.withUnsafeBufferPointer { needle in
                        let end = rowStarts[rows.upperBound]
                        var position = rowStarts[rows.lowerBound]
                        var row = rows.lowerBound
                        var nextCheck = row + SearchFilter.cancellationStride
                        while let hit = ByteSearch.first(needle, in: text, range: position..<end) {
                            while rowStarts[row + 1] <= hit { row += 1 }
                            if row >= nextCheck {
                                nextCheck = row + SearchFilter.cancellationStride
                                if isCancelled() {
                                    cancelled = true
                                    return
                                }
                            }
                            let next = rowStarts[row + 1]
                            if skipsOriginals, index.originals[row] != nil {
                                // Checked against its original text below.
                                position = next
                                continue
                            }
                            let range = SearchIndex.range(
                                of: part, row: row, rowStarts: rowStarts, partStarts: partStarts)
                            if hit < range.lowerBound {
                                position = range.lowerBound
                            } else if hit + needle.count > range.upperBound {
                                position = next
                            } else if caseSensitive && !hasExactCase(at: hit) {
                                position = hit + 1
                            } else {
                                found.append(row)
                                position = next
                            }
                        }
                    }
                }
            }
        }
        return cancelled ? nil : found
    }
}
