import NP6
import Search

/// Work the reducer asks the controller to do. The reducer never performs I/O itself.
public enum Effect: Sendable, Equatable {
    case lookup(generation: Int, target: LookupTarget)
    case loadApplications
    /// Stop the request of that generation; its answer, if any, will be ignored anyway.
    case cancel(generation: Int)
    /// `DELETE /subscriptions/{id}` for each, one after the other, each journalled first.
    case deleteSubscriptions(generation: Int, subscriptions: [Subscription], note: WriteNote)
    /// The bulk endpoint matching how the contact was looked up; `subscriptions` is what it removes.
    case deleteAll(generation: Int, contact: ContactKey, subscriptions: [Subscription], note: WriteNote)
    /// `PUT /subscriptions` with each one's saved JSON (undo).
    case restore(generation: Int, subscriptions: [Subscription], note: WriteNote)
    /// Put the exact raw text on the clipboard (OSC 52, and tmux's buffer inside tmux).
    case copyToClipboard(text: String, what: String)
    case saveRecentLookups([RecentLookup])
    /// Record in the journal what a re-check found about requests whose outcome was unknown.
    case settleJournal([JournalSettlement])
    /// Filter a large list off the UI thread; a newer filter cancels this one.
    case filter(FilterJob)
    /// Build a large list's search index off the UI thread, after its rows are drawn; a newer
    /// build cancels this one.
    case buildIndex(IndexJob)
    /// Read the profile's key (running its command), then send every later request there.
    case switchProfile(generation: Int, profile: String)
    /// Read the journal of the profile in use (`J`), newest first, off the UI thread.
    case loadJournal
    /// Write the rows in view to a file (`E`); answered by `.exportFinished`.
    case export(ExportJob)
    /// Show these bytes (a subscription's JSON as sent) in `$PAGER`, the screen closed around it;
    /// answered by `.pagerFinished`.
    case openPager(bytes: [UInt8])
    /// Clear the terminal and draw the whole frame again (Ctrl-L).
    case redrawScreen
    case quit
}
