import Search

/// A filter to run for the reducer: the query over the index, and the rows it may narrow from.
public struct FilterJob: Sendable, Equatable {
    public let generation: Int
    public let filter: SearchFilter
    public let candidates: [Int]?

    public init(generation: Int, filter: SearchFilter, candidates: [Int]?) {
        self.generation = generation
        self.filter = filter
        self.candidates = candidates
    }

    /// The rows that pass, or nil if `isCancelled` said stop.
    public func run(isCancelled: () -> Bool = { false }) -> [Int]? {
        filter.run(candidates: candidates, isCancelled: isCancelled)
    }

    public static func == (lhs: FilterJob, rhs: FilterJob) -> Bool {
        lhs.generation == rhs.generation && lhs.filter.query == rhs.filter.query && lhs.candidates == rhs.candidates
    }
}
