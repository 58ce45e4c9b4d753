import Essentials
import Localization

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
        let count = subscriptionIDs.count
        if remaining.isEmpty {
            return Banner(
                title: Message.verdictResolved.text(),
                message: Message.verdictGone(cause: cause, what: what, count: count).text())
        }
        if remaining.count == count {
            return Banner(
                title: Message.verdictResolved.text(),
                message: Message.verdictStillThere(cause: cause, what: what, count: count).text())
        }
        return Banner(
            title: Message.verdictPartlyTitle.text(),
            message: Message.verdictPartly(cause: cause, remaining: remaining.count, total: count).text())
    }
}
