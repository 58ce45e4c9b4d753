import Search

/// A filter to run for the reducer: the query over the index, the rows it may narrow from, and
/// the order to put the result in.
public struct FilterJob: Sendable, Equatable {
    public let generation: Int
    public let filter: SearchFilter
    /// Rows that may pass, in any order (a sorted list's rows); nil: every row.
    public let candidates: [Int]?
    public let sort: SortOrder?

    public init(generation: Int, filter: SearchFilter, candidates: [Int]?, sort: SortOrder? = nil) {
        self.generation = generation
        self.filter = filter
        self.candidates = candidates
        self.sort = sort
    }

    /// The rows that pass, in order, or nil if `isCancelled` said stop.
    public func run(isCancelled: () -> Bool = { false }) -> [Int]? {
        guard let rows = filter.run(candidates: candidates?.sorted(), isCancelled: isCancelled) else { return nil }
        guard let sort else { return rows }
        if isCancelled() { return nil }
        return filter.index.sorted(rows, by: sort, applicationNames: filter.applicationNames)
    }

    public static func == (lhs: FilterJob, rhs: FilterJob) -> Bool {
        lhs.generation == rhs.generation && lhs.filter.query == rhs.filter.query && lhs.candidates == rhs.candidates
            && lhs.sort == rhs.sort
    }
}
