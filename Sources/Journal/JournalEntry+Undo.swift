import Localization

/// Whether an entry can be re-created from the browser's journal (`J`, then `u`): the rules
/// `np6-subs restore` applies, without its `--to-host` override (the browser never re-creates on
/// another server than the entry's).
extension JournalEntry {
    /// The entries re-created whole, each with the id of the restore that did it: read once for a
    /// whole journal (`undoRefusal` is asked of every entry).
    public static func restorations(in entries: [JournalEntry]) -> [String: String] {
        var restored: [String: String] = [:]
        for entry in entries where entry.outcome?.result == .done {
            if let target = entry.restores, restored[target] == nil { restored[target] = entry.id }
        }
        return restored
    }

    /// Why `u` on this entry re-creates nothing, in a few words; nil when it may. `host` is the
    /// server the session talks to; `restorations` what `restorations(in:)` found in the journal.
    public func undoRefusal(host: String, restorations: [String: String]) -> String? {
        switch operation {
        case .deleteSubscription, .deleteContact: break
        case .undo, .restore: return Message.undoRefusedRecreation.text()
        case .unrecognized(let text): return Message.undoRefusedUnknownOperation(operation: text).text()
        }
        let result = settlement?.result ?? outcome?.result ?? .unknown
        if result == .failed { return Message.undoRefusedFailed.text() }
        if result == .restored { return Message.undoRefusedRecreated.text() }
        if let restore = restorations[id] {
            return Message.undoRefusedRecreatedBy(entry: String(restore.prefix(8))).text()
        }
        if self.host != host {
            return Message.undoRefusedOtherHost(host: self.host, command: "np6-subs restore --to-host").text()
        }
        if subscriptions.isEmpty { return Message.undoRefusedEmpty.text() }
        return nil
    }
}
