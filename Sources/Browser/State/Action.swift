import NP6
import Primitives
import Search

/// Everything that can happen to the browser: input, time, and the answers of effects.
/// Answers carry the generation of the request they answer, so a late one can be recognised.
public enum Action: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(TerminalSize)
    /// Time passed: flashes expire, the spinner turns, "fetched … ago" moves on.
    case tick(now: Double)
    /// A notice that must not be missed (e.g. at start: an earlier run left a request without outcome).
    case showBanner(Banner)
    case lookupFinished(generation: Int, target: LookupTarget, result: Result<LookupAnswer, NP6Error>, now: Double)
    case applicationsFinished(Result<[NotifiableApplication], NP6Error>)
    /// One result per subscription of a `.deleteSubscriptions` effect, in order.
    case deleteFinished(generation: Int, results: [RequestResult])
    case deleteAllFinished(generation: Int, contact: ContactKey, count: Int, error: NP6Error?, journalEntry: String?)
    /// The delete or re-creation was not sent: the journal could not record it first.
    case writeRefused(generation: Int, reason: String)
    case restoreFinished(generation: Int, results: [RequestResult])
    case copyFinished(what: String, error: String?)
    /// A filter run off the UI thread finished; stale generations are dropped.
    case filterFinished(generation: Int, rows: [Int])
    /// The index of a `.buildIndex` effect is ready; one for rows no longer shown is dropped.
    case indexBuilt(generation: Int, index: SearchIndex)
    /// An answer carried rate-limit headers.
    case rateLimitObserved(RateLimit)
    /// The profile's key was read and the client rebuilt: requests now go to `connection`.
    case profileSwitched(generation: Int, connection: BrowserConnection)
    /// The profile's key could not be read; the session stays on the profile it was on.
    case profileSwitchFailed(generation: Int, profile: String, message: String)
    /// The journal `J` asked for, read; or why it could not be.
    case journalLoaded(JournalListing)
    case exportFinished(ExportOutcome)
    /// The pager closed; `error` says why it could not run.
    case pagerFinished(error: String?)
    case journalUnreadable(String)
}
