import Localization
import NP6

/// A request in flight. Only one lookup or delete runs at a time; its generation tells its
/// answer from a stale one.
public struct PendingRequest: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case lookup(LookupTarget)
        case delete([Subscription])
        case deleteAll(ContactKey)
        case restore([Subscription])
        /// `u` in the journal: one entry's subscriptions re-created.
        case restoreEntry(JournalRestore)
        /// Reading another profile's key (its command may take a while) before switching.
        case switchProfile(String)
    }

    public let generation: Int
    public let kind: Kind
    public let startedAt: Double

    /// What it is doing, in a word or two: `loading`, `deleting`, `deleting all`, `re-creating`.
    public var activity: String {
        switch kind {
        case .lookup: Message.activityLoading.text()
        case .delete: Message.activityDeleting.text()
        case .deleteAll: Message.activityDeletingAll.text()
        case .restore, .restoreEntry: Message.activityRecreating.text()
        case .switchProfile(let name): Message.activitySwitching(name: name).text()
        }
    }

    /// Whether it is a lookup (a read) or a profile switch: nothing is written, so it may be
    /// cancelled or abandoned at any time.
    public var isLookup: Bool {
        switch kind {
        case .lookup, .switchProfile: true
        case .delete, .deleteAll, .restore, .restoreEntry: false
        }
    }
}
