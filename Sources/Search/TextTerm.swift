/// A text or fuzzy term prepared against one index: its needle in both cases, where to look,
/// and which applications it matches by name or UUID.
struct TextTerm {
    let index: SearchIndex
    let part: SearchIndex.Part?
    let caseSensitive: Bool
    let fuzzy: Bool
    /// `app:`: only the application's name and UUID are looked at.
    let applicationOnly: Bool
    /// The needle lower-cased (what the index's text is compared with) and as typed.
    let folded: [UInt8]
    let exact: [UInt8]
    /// Per application slot, the term's score against its name and UUID (0 for a literal
    /// match), nil where it does not match. Nil as a whole: the field leaves applications out.
    let applicationScores: [Int?]?

    init(_ term: SearchQuery.Term, index: SearchIndex, applicationNames: [String: String]) {
        self.index = index
        part = SearchIndex.part(for: term.field)
        applicationOnly = term.field == .app
        let needle: String
        switch term.pattern {
        case .text(let text, let sensitive):
            needle = text
            caseSensitive = sensitive
            fuzzy = false
        case .fuzzy(let text, let sensitive):
            needle = text
            caseSensitive = sensitive
            fuzzy = true
        default:
            needle = ""
            caseSensitive = false
            fuzzy = false
        }
        exact = Array(needle.utf8)
        folded = caseSensitive ? Array(needle.lowercased().utf8) : exact
        if term.field == nil || term.field == .app {
            let sensitive = caseSensitive
            let texts = index.applicationIDs.map { id in
                let label = [applicationNames[id], id].compactMap { $0 }.joined(separator: "\u{1F}")
                return sensitive ? label : label.lowercased()
            }
            let needleBytes = exact
            let isFuzzy = fuzzy
            applicationScores = texts.map { label in
                isFuzzy
                    ? FuzzyScore.score(needle, in: label)
                    : ByteSearch.contains(needleBytes, in: Array(label.utf8)) ? 0 : nil
            }
        } else {
            applicationScores = nil
        }
    }

    func applicationScore(row: Int) -> Int? {
        guard let applicationScores, let slot = index.application(of: row) else { return nil }
        return applicationScores[slot]
    }

    func applicationMatches(row: Int) -> Bool { applicationScore(row: row) != nil }

    /// Whether the needle is in the row (its part, or its application).
    func matches(row: Int) -> Bool {
        if applicationMatches(row: row) { return true }
        if applicationOnly { return false }
        if caseSensitive, index.originals[row] != nil {
            return ByteSearch.contains(exact, in: index.originalBytes(of: part, row: row))
        }
        return index.text.withUnsafeBufferPointer { text in
            folded.withUnsafeBufferPointer { needle in
                firstCaseMatch(needle, text, in: index.range(of: part, row: row)) != nil
            }
        }
    }

    /// The first place in `range` where the folded needle is, with the right case if that counts.
    private func firstCaseMatch(
        _ needle: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>, in range: Range<Int>
    ) -> Int? {
        var from = range.lowerBound
        while let hit = ByteSearch.first(needle, in: text, range: from..<range.upperBound) {
            if !caseSensitive || hasExactCase(at: hit) { return hit }
            from = hit + 1
        }
        return nil
    }

    /// Whether the text at `offset` (an all-ASCII row, where the folded needle was found) has the
    /// needle's capitals exactly.
    func hasExactCase(at offset: Int) -> Bool {
        for (position, byte) in exact.enumerated()
        where (byte >= 0x41 && byte <= 0x5A) != index.isCapital(at: offset + position) {
            return false
        }
        return true
    }

    /// Every row that contains the needle, by one pass over the whole text: after a hit the scan
    /// jumps to the next row, so a needle that is everywhere costs one search a row and a rare
    /// one costs one `memchr` sweep.
    func scanAllRows(parallelFrom: Int, isCancelled: () -> Bool) -> [Int]? {
        guard var found = scanInParallel(from: parallelFrom, isCancelled: isCancelled) else { return nil }
        if caseSensitive {
            // Rows not all ASCII: lower-casing is not byte for byte there, so look in the original.
            let originals = index.originals.keys.filter {
                ByteSearch.contains(exact, in: index.originalBytes(of: part, row: $0))
            }
            found = Self.union(found, originals.sorted())
        }
        if let applicationScores, applicationScores.contains(where: { $0 != nil }) {
            found = Self.union(found, (0..<index.count).filter { applicationMatches(row: $0) })
        }
        return found
    }

    /// Two ascending lists of rows as one, without repeats.
    static func union(_ a: [Int], _ b: [Int]) -> [Int] {
        guard !a.isEmpty else { return b }
        guard !b.isEmpty else { return a }
        var result: [Int] = []
        result.reserveCapacity(max(a.count, b.count))
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                result.append(a[i])
                i += 1
            } else if i == a.count || b[j] < a[i] {
                result.append(b[j])
                j += 1
            } else {
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        return result
    }

    /// The fuzzy score of the row (its part, or its application's label), nil if no match.
    func fuzzyScore(row: Int) -> Int? {
        var best = applicationScore(row: row)
        if applicationOnly { return best }
        let score: Int?
        if caseSensitive {
            score = index.originalBytes(of: part, row: row).withUnsafeBufferPointer { FuzzyScore.score(exact, in: $0) }
        } else {
            let range = index.range(of: part, row: row)
            score = index.text.withUnsafeBufferPointer { text in
                FuzzyScore.score(folded, in: UnsafeBufferPointer(rebasing: text[range]))
            }
        }
        if let score { best = max(best ?? score, score) }
        return best
    }
}
