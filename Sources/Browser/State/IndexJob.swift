import NP6
import Search

/// Rows whose search index the controller builds off the UI thread, answering `.indexBuilt`.
public struct IndexJob: Sendable, Equatable {
    public let generation: Int
    public let subscriptions: [Subscription]
    public let timeZone: LocalTimeZone

    public init(generation: Int, subscriptions: [Subscription], timeZone: LocalTimeZone) {
        self.generation = generation
        self.subscriptions = subscriptions
        self.timeZone = timeZone
    }

    /// The index, built on both cores; nil if the task was cancelled.
    public func run() async -> SearchIndex? {
        await SearchIndex.build(subscriptions, timeZone: timeZone)
    }

    /// The same, on the calling thread (tests and the memory probe drive the reducer synchronously).
    public func runHere() -> SearchIndex {
        SearchIndex(subscriptions, timeZone: timeZone)
    }

    /// The rows are those of the generation: comparing them again would cost a pass over each.
    public static func == (lhs: IndexJob, rhs: IndexJob) -> Bool {
        lhs.generation == rhs.generation && lhs.subscriptions.count == rhs.subscriptions.count
            && lhs.timeZone == rhs.timeZone
    }
}
