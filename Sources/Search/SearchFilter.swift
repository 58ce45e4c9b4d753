/// One run of a query over a search index: which rows pass, in order. Pure and `Sendable`, so
/// the controller can run it off the UI thread and drop it when a newer keystroke arrives.
public struct SearchFilter: Sendable {
    public let index: SearchIndex
    public let query: SearchQuery
    /// Application names by UUID: matched once per query, not once per row.
    public let applicationNames: [String: String]
    /// From this many rows a full scan is cut in two halves that run at once: below, a second
    /// thread costs more than it saves. Tests lower it to split small lists.
    public let parallelRows: Int

    public init(
        index: SearchIndex, query: SearchQuery, applicationNames: [String: String], parallelRows: Int = 50_000
    ) {
        self.index = index
        self.query = query
        self.applicationNames = applicationNames
        self.parallelRows = parallelRows
    }

    /// How often (in rows) a long run asks whether it is still wanted.
    static let cancellationStride = 4096

    /// The rows that pass every term: in index order, or best first when a term is fuzzy.
    /// `candidates` (ascending), when given, are the only rows that can pass (the query only
    /// narrowed), and they already pass the first `heldTerms` terms
    /// (`SearchQuery.termsHeld(narrowing:)`). Nil if `isCancelled` said stop.
    public func run(candidates: [Int]? = nil, heldTerms: Int = 0, isCancelled: () -> Bool = { false }) -> [Int]? {
        if query.error != nil { return [] }
        let terms = candidates == nil ? query.terms : Array(query.terms.dropFirst(heldTerms))
        if terms.isEmpty { return candidates ?? Array(0..<index.count) }
        var rows = candidates
        // Cheap, selective terms first: dates, then literal text. Positive fuzzy terms come
        // last, in one pass that also scores the rows for their order.
        let ranked = terms.filter(Self.ranks)
        let ordered = terms.filter { !Self.ranks($0) }.sorted { cost($0) < cost($1) }
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
        case .after, .before, .within, .never: return 0
        case .text: return term.negated ? 2 : 1
        case .fuzzy: return 3
        }
    }

    // MARK: One term

    /// The rows, among `rows` (nil: all), where the term's pattern is found (ignoring negation).
    private func rows(matching term: SearchQuery.Term, among rows: [Int]?, isCancelled: () -> Bool) -> [Int]? {
        switch term.pattern {
        case .never:
            return perRow(rows, isCancelled: isCancelled) { row in index.date(term.field, row: row) == nil }
        case .after, .before, .within:
            return perRow(rows, isCancelled: isCancelled) { row in
                Self.dateMatches(term.pattern, index.date(term.field, row: row))
            }
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
            guard let found = text.scanAllRows(parallelFrom: parallelRows, isCancelled: isCancelled) else { return nil }
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
        case .text, .fuzzy, .never: return false
        }
    }

}
