import NP6
import Search

/// One contact as it was on screen, for `[` and `]`: its rows, the filter, the order, the
/// selection. The rows share their bytes with the answer they came from, so a snapshot costs
/// little even at 100,000 rows.
public struct ContactSnapshot: Sendable {
    let contact: ContactKey
    let subscriptions: [Subscription]
    let index: IndexState
    let fetchedAt: Double?
    let filter: SearchQuery
    let fuzzyFilter: Bool
    let sort: SortOrder?
    let visible: [Int]
    let selection: Int
    let listScroll: Int
    let focus: Focus

    public var contactKey: ContactKey { contact }
}
