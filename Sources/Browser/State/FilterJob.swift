import Search

/// A filter to run for the reducer: the query over the index, the rows it may narrow from, and
/// the order to put the result in.
public struct FilterJob: Sendable, Equatable {
    public let generation: Int
    public let filter: SearchFilter
    /// Rows that may pass, in any order (a sorted list's rows); nil: every row.
    public let candidates: [Int]?
    /// How many of the query's first terms every candidate already passes.
    public let heldTerms: Int
    public let sort: SortOrder?

    public init(generation: Int, filter: SearchFilter, candidates: [Int]?, heldTerms: Int = 0, sort: SortOrder? = nil) {
        self.generation = generation
        self.filter = filter
        self.candidates = candidates
        self.heldTerms = heldTerms
        self.sort = sort
    }

    /// The rows that pass, in order, or nil if `isCancelled` said stop.
    public func run(isCancelled: () -> Bool = { false }) -> [Int]? {
        let ascending = candidates.map { Self.ascending($0, among: filter.index.count) }
        guard let rows = filter.run(candidates: ascending, heldTerms: heldTerms, isCancelled: isCancelled) else {
            return nil
        }
        guard let sort else { return rows }
        if isCancelled() { return nil }
        return filter.index.sorted(
            rows, by: sort, applicationNames: filter.applicationNames, parallelRows: filter.parallelRows)
    }

    /// Distinct rows in ascending order. A long list is put in order by marking its rows and
    /// reading the marks back, one pass each: sorting the million rows of a sorted list again
    /// took 60 to 80 ms of a sort's 120 ms budget (docs/performance.md).
    static func ascending(_ rows: [Int], among count: Int) -> [Int] {
        guard rows.count >= 4_096 else { return rows.sorted() }
        var marked = [Bool](repeating: false, count: count)
        for row in rows { marked[row] = true }
        var result: [Int] = []
        result.reserveCapacity(rows.count)
        for row in 0..<count where marked[row] { result.append(row) }
        return result
    }

    public static func == (lhs: FilterJob, rhs: FilterJob) -> Bool {
        lhs.generation == rhs.generation && lhs.filter.query == rhs.filter.query && lhs.candidates == rhs.candidates
            && lhs.heldTerms == rhs.heldTerms && lhs.sort == rhs.sort
    }
}
