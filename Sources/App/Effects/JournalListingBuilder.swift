import Browser
import Essentials
import Formatting
import Journal
import Localization
import NP6

/// The journal as the browser's `J` shows it: the entries of one profile, newest first, each
/// with the cells `np6-subs journal` prints and whether `u` may re-create it on this host.
enum JournalListingBuilder {
    static func listing(
        of all: [JournalEntry], profile: String?, host: String, path: String, timeZone: LocalTimeZone
    ) -> JournalListing {
        // `entries()` gives them newest first already.
        let entries = all.filter { $0.profile == profile }
        let showsProfile = JournalColumns.showsProfile(entries)
        let restorations = JournalEntry.restorations(in: all)
        let rows = entries.map { entry in
            let when = DateText.local(recorded: entry.time, timeZone: timeZone)
            return JournalRow(
                id: entry.id, cells: JournalColumns.cells(entry, when: when, showsProfile: showsProfile), when: when,
                contactText: entry.contact?.text ?? Message.headerNoContact.text(), contact: entry.contact?.key,
                unicity: entry.contact?.unicity, details: details(of: entry, timeZone: timeZone),
                undo: undo(of: entry, host: host, restorations: restorations))
        }
        return JournalListing(
            header: JournalColumns.header(showsProfile: showsProfile),
            // On a narrow screen the operation (`restore 1a2b3c4d`) gives way too.
            shrinking: JournalColumns.shrinking(showsProfile: showsProfile) + [showsProfile ? 4 : 3], rows: rows,
            profile: profile, path: path)
    }

    /// The pane under the table: what the wide table (`journal --wide`) says of the entry.
    static func details(of entry: JournalEntry, timeZone: LocalTimeZone) -> [JournalRow.Detail] {
        var details = [
            JournalRow.Detail(
                Message.journalDetailEntry.text(),
                entry.id + (entry.run.map { " · " + Message.journalDetailRun(run: $0).text() } ?? "")),
            JournalRow.Detail(
                Message.journalDetailWhen.text(),
                Message.journalDetailWhenBy(
                    time: DateText.local(recorded: entry.time, timeZone: timeZone, seconds: true),
                    user: entry.operatorName
                ).text()),
            JournalRow.Detail(Message.journalDetailContact.text(), entry.contact?.fullText ?? "—"),
            JournalRow.Detail(Message.journalDetailOutcome.text(), entry.outcomeText),
            JournalRow.Detail(
                Message.journalDetailRequests.text(), "\(entry.host): " + entry.requests.joined(separator: "; ")),
        ]
        if let reason = entry.reason {
            details.insert(JournalRow.Detail(Message.journalDetailReason.text(), reason), at: 3)
        }
        return details
    }

    static func undo(of entry: JournalEntry, host: String, restorations: [String: String]) -> JournalRow.Undo {
        if let refusal = entry.undoRefusal(host: host, restorations: restorations) { return .refused(refusal) }
        let subscriptions = entry.subscriptions.compactMap { try? Subscription(json: $0) }
        guard subscriptions.count == entry.subscriptions.count else {
            return .refused(Message.journalSavedUnreadable.text())
        }
        return .possible(subscriptions)
    }
}
