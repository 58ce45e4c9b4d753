/// Whether an entry can be re-created from the browser's journal (`J`, then `u`): the rules
/// `np6-subs restore` applies, without its `--to-host` override (the browser never re-creates on
/// another server than the entry's).
extension JournalEntry {
    /// Why `u` on this entry re-creates nothing, in a few words; nil when it may. `host` is the server the
    /// session talks to; `entries` is the whole journal (an earlier restore of it is found there).
    public func undoRefusal(host: String, among entries: [JournalEntry]) -> String? {
        switch operation {
        case .deleteSubscription, .deleteContact: break
        case .undo, .restore: return "it re-created subscriptions; only a delete is undone"
        case .unrecognized(let text): return "this version does not know \(text)"
        }
        let result = settlement?.result ?? outcome?.result ?? .unknown
        if result == .failed { return "its delete failed, nothing was removed" }
        if result == .restored { return "re-created already" }
        if let restore = entries.first(where: { $0.restores == id && $0.outcome?.result == .done }) {
            return "re-created already by \(restore.id.prefix(8))"
        }
        if self.host != host { return "recorded against \(self.host) (np6-subs restore --to-host)" }
        if subscriptions.isEmpty { return "it holds no subscriptions" }
        return nil
    }
}
