import NP6

/// Work the reducer asks the controller to do. The reducer never performs I/O itself.
public enum Effect: Sendable, Equatable {
    case lookup(generation: Int, target: LookupTarget)
    case loadApplications
    /// Stop the request of that generation; its answer, if any, will be ignored anyway.
    case cancel(generation: Int)
    case deleteSubscription(generation: Int, subscription: Subscription)
    case deleteAll(generation: Int, contact: ContactKey, count: Int)
    /// Put the exact raw text on the clipboard (OSC 52, and tmux's buffer inside tmux).
    case copyToClipboard(text: String, what: String)
    case saveRecentLookups([RecentLookup])
    case quit
}
