import Essentials

/// After a delete whose outcome is unknown (timeout, 5xx), the list is fetched again and this
/// says what the refreshed list shows: whether the delete happened after all.
public struct DeleteVerification: Sendable, Equatable {
    public var subscriptionIDs: [String]
    public var what: String
    public var cause: String
    /// The journal entries that recorded the requests, with the subscriptions each was about.
    public var entries: [String: [String]] = [:]

    /// What the refreshed list says about each journal entry.
    public func settlements(remainingIDs: Set<String>) -> [JournalSettlement] {
        entries.keys.sorted().map { entry in
            let ids = entries[entry] ?? []
            let remaining = ids.filter { remainingIDs.contains($0) }.count
            let finding: JournalSettlement.Finding =
                remaining == 0 ? .happened : remaining == ids.count ? .didNotHappen : .partly
            return JournalSettlement(entry: entry, finding: finding)
        }
    }

    public func verdict(remainingIDs: Set<String>) -> Banner {
        let remaining = subscriptionIDs.filter { remainingIDs.contains($0) }
        let one = subscriptionIDs.count == 1
        if remaining.isEmpty {
            let gone = one ? "is gone" : "are gone"
            return Banner(
                title: "Outcome unknown, now resolved",
                message: "\(cause) After refreshing, \(what) \(gone): the delete happened.")
        }
        if remaining.count == subscriptionIDs.count {
            let there = one ? "is still there: it was not deleted" : "are still there: they were not deleted"
            return Banner(
                title: "Outcome unknown, now resolved", message: "\(cause) After refreshing, \(what) \(there).")
        }
        let verb = CountText.verb(remaining.count, singular: "is", plural: "are")
        return Banner(
            title: "Outcome unknown, partly resolved",
            message:
                """
                \(cause) After refreshing, \(CountText.grouped(remaining.count)) of \
                \(CountText.grouped(subscriptionIDs.count)) \(verb) still there.
                """
        )
    }
}
