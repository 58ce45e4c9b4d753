import Essentials
import Formatting
import Foundation
import Journal
import NP6

/// `journal` and `restore`.
public enum JournalScripts {
    public static func list(format: OutputFormat, journal: DeletionJournal) throws(OutputError) -> ScriptExit {
        let entries: [JournalEntry]
        do { entries = try journal.entries() } catch {
            Console.error("\(error.description)")
            return .apiError
        }
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
        case .table, .csv:
            let header = ["ENTRY", "TIME", "OPERATOR", "HOST", "OPERATION", "REQUEST", "COUNT", "OUTCOME"]
            let rows = entries.map { entry in
                [
                    String(entry.id.prefix(8)), entry.time, entry.operatorName, entry.host, entry.operation,
                    entry.requests.count == 1 ? entry.requests[0] : "\(entry.requests.count) requests", String(entry.subscriptions.count),
                    entry.outcomeText,
                ]
            }
            if format == .csv {
                try Console.out(CSV.render(header: header, rows: rows), terminator: "")
            } else {
                try Console.out(TextTable.render(header: header, rows: rows))
            }
        }
        return .ok
    }

    /// Re-creates the subscriptions of an entry (found by its id or a unique prefix of it).
    /// `toHost` must name the current host when the entry was recorded against another one:
    /// re-creating on a different server is never a default.
    public static func restore(entryID: String, toHost: String?, yes: Bool, context: ScriptContext) async throws(OutputError) -> ScriptExit {
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
            Console.error("\(entryID) matches \(matches.count) entries; give more of the id")
            return .usage
        }
        if entry.host != context.host, toHost != context.host {
            Console.error(
                "entry \(entry.id) was recorded against \(entry.host), and this would re-create it on \(context.host). To do that on purpose, add --to-host \(context.host)")
            return .usage
        }
        let subscriptions = entry.subscriptions.compactMap { try? Subscription(json: $0) }
        guard !subscriptions.isEmpty else {
            Console.error("entry \(entry.id) holds no subscriptions to re-create")
            return .notFound
        }
        try SubscriptionScripts.print(subscriptions, format: .table, names: await context.applicationNames(), timeZone: context.timeZone)
        if let refusal = Console.confirmation(
            yes: yes, verb: "restore", question: "Re-create these \(subscriptions.count) subscription(s) with PUT /subscriptions?")
        {
            return refusal
        }
        // Exactly the subscriptions shown and confirmed, so each answer pairs with its own.
        let errors: [NP6Error?]
        do {
            errors = try await JournalledRequests.recreate(
                subscriptions.map(\.raw), operation: .restore, restoring: entry.id, client: context.client, journal: context.journal)
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
