/// One run of a query over a search index: which rows pass, in order. Pure and `Sendable`, so
/// the controller can run it off the UI thread and drop it when a newer keystroke arrives.
public struct SearchFilter: Sendable {
    public let index: SearchIndex
    public let query: SearchQuery
    /// Application names by UUID: matched once per query, not once per row.
    public let applicationNames: [String: String]

    public init(index: SearchIndex, query: SearchQuery, applicationNames: [String: String]) {
        self.index = index
        self.query = query
        self.applicationNames = applicationNames
    }

    /// How often (in rows) a long run asks whether it is still wanted.
    static let cancellationStride = 4096

    /// The rows that pass every term: in index order, or best first when a term is fuzzy.
    /// `candidates` (ascending), when given, are the only rows that can pass (the query only
    /// narrowed). Nil if `isCancelled` said stop.
    public func run(candidates: [Int]? = nil, isCancelled: () -> Bool = { false }) -> [Int]? {
        if query.error != nil { return [] }
        if query.terms.isEmpty { return candidates ?? Array(0..<index.count) }
        var rows = candidates
        // Cheap, selective terms first: dates, then literal text. Positive fuzzy terms come
        // last, in one pass that also scores the rows for their order.
        let ranked = query.terms.filter(Self.ranks)
        let ordered = query.terms.filter { !Self.ranks($0) }.sorted { cost($0) < cost($1) }
        for term in ordered {
            guard let matching = self.rows(matching: term, among: rows, isCancelled: isCancelled) else { return nil }
            rows = term.negated ? complement(of: matching, within: rows) : matching
            if rows?.isEmpty == true { return [] }
        }
        guard !ranked.isEmpty else { return rows ?? Array(0..<index.count) }
        let texts = ranked.map { TextTerm($0, index: index, applicationNames: applicationNames) }
        var scored: [(row: Int, score: Int)] = []
        let passed = perRow(rows, isCancelled: isCancelled) { row in
            var total = 0
            for text in texts {
                guard let score = text.fuzzyScore(row: row) else { return false }
                total += score
            }
            scored.append((row, total))
            return true
        }
        guard passed != nil else { return nil }
        // Best matches first; ties keep the server's order.
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.row < $1.row }.map(\.row)
    }

    /// A positive fuzzy term: it orders the rows as well as filtering them.
    private static func ranks(_ term: SearchQuery.Term) -> Bool {
        if case .fuzzy = term.pattern { return !term.negated }
        return false
    }

    private func cost(_ term: SearchQuery.Term) -> Int {
        switch term.pattern {
        case .after, .before, .within: return 0
        case .text: return term.negated ? 2 : 1
        case .fuzzy: return 3
        }
    }

    // MARK: One term

    /// The rows, among `rows` (nil: all), where the term's pattern is found (ignoring negation).
    private func rows(matching term: SearchQuery.Term, among rows: [Int]?, isCancelled: () -> Bool) -> [Int]? {
        switch term.pattern {
        case .after, .before, .within:
            return perRow(rows, isCancelled: isCancelled) { row in Self.dateMatches(term.pattern, index.date(term.field, row: row)) }
        case .fuzzy:
            let text = TextTerm(term, index: index, applicationNames: applicationNames)
            return perRow(rows, isCancelled: isCancelled) { row in text.fuzzyScore(row: row) != nil }
        case .text:
            let text = TextTerm(term, index: index, applicationNames: applicationNames)
            if text.applicationOnly {
                return perRow(rows, isCancelled: isCancelled) { row in text.applicationMatches(row: row) }
            }
            // Few candidates: look in each. Many: one scan of the whole text is cheaper.
            if let rows, rows.count < index.count / 8 {
                return perRow(rows, isCancelled: isCancelled) { row in text.matches(row: row) }
            }
            guard let found = text.scanAllRows(isCancelled: isCancelled) else { return nil }
            guard let rows else { return found }
            return Self.intersection(rows, found)
        }
    }

    private func perRow(_ rows: [Int]?, isCancelled: () -> Bool, _ test: (Int) -> Bool) -> [Int]? {
        var result: [Int] = []
        var checked = 0
        func visit(_ row: Int) -> Bool {
            checked += 1
            if checked % Self.cancellationStride == 0, isCancelled() { return false }
            if test(row) { result.append(row) }
            return true
        }
        if let rows {
            for row in rows where !visit(row) { return nil }
        } else {
            for row in 0..<index.count where !visit(row) { return nil }
        }
        return result
    }

    private func complement(of matching: [Int], within rows: [Int]?) -> [Int] {
        var result: [Int] = []
        var next = 0
        func keep(_ row: Int) {
            while next < matching.count, matching[next] < row { next += 1 }
            if next < matching.count, matching[next] == row { return }
            result.append(row)
        }
        if let rows { rows.forEach(keep) } else { (0..<index.count).forEach(keep) }
        return result
    }

    static func intersection(_ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                result.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }

    static func dateMatches(_ pattern: SearchQuery.Pattern, _ date: Double?) -> Bool {
        guard let date else { return false }
        switch pattern {
        case .after(let instant): return date > instant
        case .before(let instant): return date < instant
        case .within(let from, let to): return date >= from && date < to
        case .text, .fuzzy: return false
        }
    }

}

/// A text or fuzzy term prepared against one index: its needle in both cases, where to look,
/// and which applications it matches by name or UUID.
private struct TextTerm {
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
        case .text(let text, let sensitive): needle = text; caseSensitive = sensitive; fuzzy = false
        case .fuzzy(let text, let sensitive): needle = text; caseSensitive = sensitive; fuzzy = true
        default: needle = ""; caseSensitive = false; fuzzy = false
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
                isFuzzy ? FuzzyScore.score(needle, in: label) : ByteSearch.contains(needleBytes, in: Array(label.utf8)) ? 0 : nil
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
        if caseSensitive, index.originals[row] != nil { return ByteSearch.contains(exact, in: index.originalBytes(of: part, row: row)) }
        return index.text.withUnsafeBufferPointer { text in
            folded.withUnsafeBufferPointer { needle in firstCaseMatch(needle, text, in: index.range(of: part, row: row)) != nil }
        }
    }

    /// The first place in `range` where the folded needle is, with the right case if that counts.
    private func firstCaseMatch(_ needle: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int? {
        var from = range.lowerBound
        while let hit = ByteSearch.first(needle, in: text, range: from..<range.upperBound) {
            if !caseSensitive || hasExactCase(at: hit) { return hit }
            from = hit + 1
        }
        return nil
    }

    /// Whether the text at `offset` (an all-ASCII row, where the folded needle was found) has the
    /// needle's capitals exactly.
    private func hasExactCase(at offset: Int) -> Bool {
        for (position, byte) in exact.enumerated() where (byte >= 0x41 && byte <= 0x5A) != index.isCapital(at: offset + position) {
            return false
        }
        return true
    }

    /// Every row that contains the needle, by one pass over the whole text: after a hit the scan
    /// jumps to the next row, so a needle that is everywhere costs one search a row and a rare
    /// one costs one `memchr` sweep.
    func scanAllRows(isCancelled: () -> Bool) -> [Int]? {
        var found: [Int] = []
        var cancelled = false
        let skipsOriginals = caseSensitive && !index.originals.isEmpty
        index.text.withUnsafeBufferPointer { text in
            index.rowStarts.withUnsafeBufferPointer { rowStarts in
                index.partStarts.withUnsafeBufferPointer { partStarts in
                    folded.withUnsafeBufferPointer { needle in
                        var position = 0
                        var row = 0
                        var nextCheck = SearchFilter.cancellationStride
                        while let hit = ByteSearch.first(needle, in: text, range: position..<text.count) {
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
                            let range = SearchIndex.range(of: part, row: row, rowStarts: rowStarts, partStarts: partStarts)
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
        if cancelled { return nil }
        if caseSensitive {
            // Rows not all ASCII: lower-casing is not byte for byte there, so look in the original.
            let originals = index.originals.keys.filter { ByteSearch.contains(exact, in: index.originalBytes(of: part, row: $0)) }
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
            score = index.text.withUnsafeBufferPointer { text in FuzzyScore.score(folded, in: UnsafeBufferPointer(rebasing: text[range])) }
        }
        if let score { best = max(best ?? score, score) }
        return best
    }
}
