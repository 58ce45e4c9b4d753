import Essentials
import Formatting
import Foundation
import Journal
import NP6

/// `journal` and `restore`.
public enum JournalScripts {
    /// The table fits this many columns; `--wide` lifts the limit and shows everything.
    public static let tableWidth = 120

    public static func list(
        format: OutputFormat, filter: JournalFilter = JournalFilter(), wide: Bool = false, journal: DeletionJournal,
        timeZone: LocalTimeZone = .current
    ) throws(OutputError) -> ScriptExit {
        let all: [JournalEntry]
        do { all = try journal.entries() } catch {
            Console.error("\(error.description)")
            return .apiError
        }
        let entries = all.filter(filter.admits)
        switch format {
        case .json:
            let objects = entries.map { entry -> JSONValue in
                var object = entry.raw.objectValue ?? JSONObject()
                object["kind"] = nil
                object["outcome"] = entry.outcome.map { outcome in
                    var fields = outcome.raw.objectValue ?? JSONObject()
                    fields["kind"] = nil
                    fields["entry"] = nil
                    return .object(fields)
                } ?? .null
                return .object(object)
            }
            try Console.out(ConsoleText(safe: JSONValue.array(objects).prettySerialized()))
        case .csv:
            try Console.out(CSV.render(header: wideHeader, rows: entries.map { wideRow($0, timeZone: timeZone) }), terminator: "")
        case .table:
            if entries.isEmpty {
                try Console.out(all.isEmpty ? "The journal is empty: nothing was deleted or re-created yet." : "No journal entry matches.")
                return .ok
            }
            if wide {
                try Console.out(TextTable.render(header: wideHeader, rows: entries.map { wideRow($0, timeZone: timeZone) }))
            } else {
                // A PROFILE column once profiles are in use: the same contact on staging and on
                // production must not read alike.
                let showsProfile = entries.contains { $0.profile != nil }
                let header = ["WHEN", "ENTRY"] + (showsProfile ? ["PROFILE"] : []) + ["CONTACT", "OPERATION", "COUNT", "OUTCOME", "REASON"]
                let rows = entries.map { entry in
                    [when(entry, timeZone: timeZone), String(entry.id.prefix(8))] + (showsProfile ? [entry.profile ?? "—"] : []) + [
                        entry.contact?.text ?? "—", entry.operationWords, CountText.grouped(entry.subscriptions.count), entry.shortOutcome,
                        entry.reason ?? "",
                    ]
                }
                // The contact, the outcome and the reason give way (cut with …) when the table
                // would be wider than the limit; `--wide` shows them whole.
                let shift = showsProfile ? 1 : 0
                try Console.out(
                    TextTable.render(header: header, rows: rows, maximumWidth: tableWidth, shrinking: [2 + shift, 5 + shift, 6 + shift]))
            }
        }
        return .ok
    }

    static let wideHeader = ["WHEN", "ENTRY", "OPERATOR", "HOST", "PROFILE", "CONTACT", "OPERATION", "COUNT", "OUTCOME", "REASON", "REQUESTS"]

    static func wideRow(_ entry: JournalEntry, timeZone: LocalTimeZone) -> [String] {
        let contact = entry.contact.map { contact in
            contact.unicity.map { $0 == contact.value ? $0 : "\($0) (\(contact.kind) \(contact.value))" } ?? "\(contact.kind) \(contact.value)"
        }
        return [
            when(entry, timeZone: timeZone, seconds: true), entry.id, entry.operatorName, entry.host, entry.profile ?? "", contact ?? "—",
            entry.operationWords,
            CountText.grouped(entry.subscriptions.count), entry.outcomeText, entry.reason ?? "", entry.requests.joined(separator: "; "),
        ]
    }

    /// The entry's time in local time; as recorded if it cannot be read.
    static func when(_ entry: JournalEntry, timeZone: LocalTimeZone, seconds: Bool = false) -> String {
        guard let time = ISO8601Timestamp(parsing: entry.time) else { return entry.time }
        return seconds ? DateText.localWithSeconds(time, timeZone: timeZone) : DateText.local(time, timeZone: timeZone)
    }

    /// Re-creates the subscriptions of an entry (found by its id or a unique prefix of it).
    /// `toHost` must name the current host when the entry was recorded against another one, and
    /// `toProfile` the current profile when it was recorded under another: re-creating on a
    /// different server or account is never a default.
    public static func restore(
        entryID: String, toHost: String?, toProfile: String? = nil, yes: Bool, reason: String? = nil, context: ScriptContext
    ) async throws(OutputError) -> ScriptExit {
        let entries: [JournalEntry]
        do { entries = try context.journal.entries() } catch {
            Console.error("\(error.description)")
            return .apiError
        }
        let matches = entries.filter { $0.id == entryID || $0.id.hasPrefix(entryID.lowercased()) }
        guard let entry = matches.first else {
            Console.error("no journal entry \(entryID)")
            return .notFound
        }
        guard matches.count == 1 || matches[0].id == entryID else {
            Console.error("\(entryID) matches \(CountText.of(matches.count, "entry", plural: "entries")); give more of the id")
            return .usage
        }
        if entry.host != context.host, toHost != context.host {
            Console.error(
                "entry \(entry.id) was recorded against \(entry.host), and this would re-create it on \(context.host). To do that on purpose, add --to-host \(context.host)")
            return .usage
        }
        // `--to-profile none` re-creates, on purpose, without a profile what one recorded.
        if entry.profile != context.profile, toProfile != (context.profile ?? "none") {
            let recorded = entry.profile.map { "under the profile \"\($0)\"" } ?? "without a profile"
            let now = context.profile.map { "under the profile \"\($0)\"" } ?? "without a profile"
            let fix = "add --to-profile \(context.profile ?? "none")"
            Console.error("entry \(entry.id) was recorded \(recorded), and this would re-create it \(now). To do that on purpose, \(fix)")
            return .usage
        }
        let subscriptions = entry.subscriptions.compactMap { try? Subscription(json: $0) }
        guard !subscriptions.isEmpty else {
            Console.error("entry \(entry.id) holds no subscriptions to re-create")
            return .notFound
        }
        try SubscriptionScripts.print(subscriptions, format: .table, names: await context.applicationNames(), timeZone: context.timeZone)
        let question: ConsoleText = subscriptions.count == 1
            ? "Re-create this subscription with PUT /subscriptions?"
            : "Re-create these \(CountText.of(subscriptions.count, "subscription")) with \(CountText.of(subscriptions.count, "request")) PUT /subscriptions?"
        if let refusal = Console.confirmation(yes: yes, verb: "restore", question: question, answer: context.confirmationAnswer) { return refusal }
        // Exactly the subscriptions shown and confirmed, so each answer pairs with its own.
        let errors: [NP6Error?]
        do {
            let contact = entry.contact.flatMap { contact in ContactKey.Kind(rawValue: contact.kind).map { ContactKey(kind: $0, value: contact.value) } }
            errors = try await JournalledRequests.recreate(
                subscriptions.map(\.raw), operation: .restore, restoring: entry.id, contact: contact, reason: reason, client: context.client,
                journal: context.journal)
        } catch {
            Console.error("refusing to restore: cannot write the journal (\(error.description))")
            return .apiError
        }
        var worst = ScriptExit.ok
        for (subscription, error) in zip(subscriptions, errors) {
            if let error {
                Console.error("\(subscription.id): \(error.message)")
                worst = .apiError
            } else {
                try Console.out("re-created \(subscription.id)")
            }
        }
        // Whatever the delete did, its subscriptions are back: its unknown outcome is settled.
        if worst == .ok, entry.isUnsettled {
            do { try context.journal.recordSettlement(entry: entry.id, result: .restored, by: "np6-subs restore") } catch {
                Console.error("cannot record the restore in the journal (\(error.description))")
            }
        }
        return worst
    }
}
