import Essentials
import Formatting
import FoundationEssentials
import Journal
import Localization
import NP6
import Search

/// `list`, `show` and `delete`: the same NP6 module and journal as the browser, for scripts.
public enum SubscriptionScripts {
    static let columns = SubscriptionRow.columns

    static func row(_ subscription: Subscription, names: [String: String], timeZone: LocalTimeZone, shortToken: Bool)
        -> [String]
    {
        SubscriptionRow.cells(subscription, names: names, timeZone: timeZone, shortToken: shortToken)
    }

    /// `ownership`: which rows are another contact's; the table gives them a BELONGS TO column
    /// (JSON stays the server's bytes, and CSV has the contact's own columns).
    static func print(
        _ subscriptions: [Subscription], format: OutputFormat, names: [String: String], timeZone: LocalTimeZone,
        ownership: ContactOwnership = .none
    ) throws(OutputError) {
        switch format {
        case .json:
            var json = RawJSONOutput()
            for subscription in subscriptions { try json.write(subscription) }
            try json.finish()
        case .csv:
            try Console.out(
                ConsoleText(safe: SubscriptionRow.csv(subscriptions, names: names, timeZone: timeZone)), terminator: "")
        case .table:
            let foreign = subscriptions.contains { ownership.owner(of: $0) != nil }
            let titles: [Message] = [
                .columnID, .columnProvider, .columnApplication, .columnToken, .columnCreated, .columnModified,
            ]
            let header = titles.map { $0.text() } + (foreign ? [Message.columnBelongsTo.text()] : [])
            let rows = subscriptions.map { subscription in
                let cells = Array(row(subscription, names: names, timeZone: timeZone, shortToken: true).prefix(6))
                guard foreign else { return cells }
                let owner = ownership.owner(of: subscription).map { "! \($0.kind.rawValue) \($0.value)" } ?? ""
                return cells + [owner]
            }
            try Console.out(TextTable.render(header: header, rows: rows))
        }
    }

    public static func list(_ contact: ContactKey, filter: String?, format: OutputFormat, context: ScriptContext)
        async throws(OutputError)
        -> ScriptExit
    {
        let subscriptions: [Subscription]
        do { subscriptions = try await context.client.subscriptions(of: contact) } catch {
            Console.error("\(error.message)")
            return ScriptExit.code(for: error)
        }
        // JSON prints the server's objects, which hold application ids: no names to fetch.
        let names = format == .json && (filter ?? "").isEmpty ? [:] : await context.applicationNames()
        var shown = subscriptions
        if let filter, !filter.isEmpty {
            let query = SearchQuery(filter, now: Date().timeIntervalSince1970, timeZone: context.timeZone)
            if let error = query.error {
                Console.error("--filter: \(error)")
                return .usage
            }
            let index = SearchIndex(subscriptions, timeZone: context.timeZone)
            let rows = SearchFilter(index: index, query: query, applicationNames: names).run() ?? []
            shown = rows.map { subscriptions[$0] }
        }
        try print(
            shown, format: format, names: names, timeZone: context.timeZone,
            ownership: ContactOwnership(key: contact, subscriptions: subscriptions))
        return .ok
    }

    public static func show(id: String, format: OutputFormat, context: ScriptContext) async throws(OutputError)
        -> ScriptExit
    {
        let subscription: Subscription
        do { subscription = try await context.client.subscription(id: id) } catch {
            Console.error("\(error.message)")
            return ScriptExit.code(for: error)
        }
        let names = await context.applicationNames()
        switch format {
        case .json:
            try Console.out(ConsoleText(safe: subscription.raw.prettySerialized()))
        case .csv:
            try Console.out(
                CSV.render(
                    header: columns,
                    rows: [row(subscription, names: names, timeZone: context.timeZone, shortToken: false)]),
                terminator: "")
        case .table:
            // The same panes as the browser's detail, as plain text (DetailDocument sanitises).
            let detail = DetailDocument.Context(
                applicationNames: names, now: Date().timeIntervalSince1970, timeZone: context.timeZone)
            for line in DetailDocument(subscription: subscription, context: detail, width: 96).lines {
                switch line.role {
                case .heading: try Console.out("\(line.label)")
                case .blank: try Console.out("")
                default:
                    try Console.out("  \(DisplayWidth.pad(line.label, width: DetailDocument.labelWidth)) \(line.value)")
                }
            }
        }
        return .ok
    }

    public enum DeleteTarget: Sendable {
        case subscriptions([String])
        case contact(ContactKey)
    }

    /// `reason` (e.g. a ticket number) is recorded in the journal entry.
    public static func delete(
        _ target: DeleteTarget, dryRun: Bool, yes: Bool, reason: String? = nil, context: ScriptContext
    ) async throws(OutputError)
        -> ScriptExit
    {
        var subscriptions: [Subscription]
        switch await fetchForDelete(target, context: context) {
        case .success(let fetched): subscriptions = fetched
        case .failure(let exit): return exit
        }
        // Another contact's rows in this contact's list: its bulk DELETE would take them too, so
        // only its own rows go, one DELETE each, and the others are named.
        var target = target
        if case .contact(let contact) = target {
            let ownership = ContactOwnership(key: contact, subscriptions: subscriptions)
            if !ownership.isEmpty {
                let foreign = subscriptions.filter { ownership.owner(of: $0) != nil }
                let owners = Set(
                    foreign.compactMap { ownership.owner(of: $0) }.map { "\($0.kind.rawValue) \($0.value)" })
                try Console.out(
                    ConsoleText(.foreignLeftOut(count: foreign.count, owners: owners.sorted().joined(separator: ", "))))
                subscriptions.removeAll { ownership.owner(of: $0) != nil }
                target = .subscriptions(subscriptions.map(\.id))
            }
        }
        try? await context.client.pace(beforeRequests: 1 + subscriptions.count)
        let names = await context.applicationNames()
        let requests: [String]
        switch target {
        case .subscriptions: requests = subscriptions.map { NP6Operation.deleteSubscription(id: $0.id).requestLine }
        case .contact(let contact): requests = [contact.deleteOperation.requestLine]
        }
        try print(subscriptions, format: .table, names: names, timeZone: context.timeZone)
        if dryRun {
            try Console.out(ConsoleText(.dryRunWouldSend))
            for request in requests { try Console.out("  \(request)") }
            return .ok
        }
        if subscriptions.isEmpty {
            try Console.out(ConsoleText(.nothingToDelete))
            return .ok
        }
        let question: ConsoleText =
            subscriptions.count == 1 && requests.count == 1
            ? ConsoleText(.deleteOneQuestion(place: context.place, request: requests[0]))
            : ConsoleText(
                .deleteManyQuestion(count: subscriptions.count, place: context.place, requests: requests.count))
        if let refusal = Console.confirmation(
            yes: yes, action: .actionDelete, question: question, answer: context.confirmationPolicy.plainAnswer)
        {
            return refusal
        }
        switch target {
        case .subscriptions: return try await deleteEach(subscriptions, reason: reason, context: context)
        case .contact(let contact):
            return try await deleteAll(of: contact, subscriptions, reason: reason, context: context)
        }
    }

    /// What a delete would remove, fetched first: the journal keeps its full JSON, and the person
    /// sees it. Every request, reads included, waits as the rate-limit headers say: a fetch, the
    /// application names and a delete per subscription still to come.
    static func fetchForDelete(_ target: DeleteTarget, context: ScriptContext) async -> Result<
        [Subscription], ScriptExit
    > {
        var subscriptions: [Subscription] = []
        do {
            switch target {
            case .subscriptions(let ids):
                for (index, id) in ids.enumerated() {
                    try await context.client.pace(beforeRequests: (ids.count - index) + 1 + ids.count)
                    let subscription = try await context.client.subscription(id: id)
                    // Delete what was asked for, or nothing: a server that answers for another id
                    // must not turn this command into the deletion of that one.
                    guard subscription.id == id else {
                        Console.error(ConsoleText(.answeredAnotherID(id: id, other: subscription.id)))
                        return .failure(.apiError)
                    }
                    subscriptions.append(subscription)
                }
            case .contact(let contact):
                subscriptions = try await context.client.subscriptions(of: contact)
            }
        } catch {
            Console.error("\(error.message)")
            return .failure(ScriptExit.code(for: error))
        }
        return .success(subscriptions)
    }

    /// One journalled DELETE per subscription; an unknown outcome is re-checked.
    static func deleteEach(_ subscriptions: [Subscription], reason: String?, context: ScriptContext)
        async throws(OutputError)
        -> ScriptExit
    {
        let results: [RequestResult]
        do {
            results = try await JournalledRequests.deleteEach(
                subscriptions, reason: reason, client: context.client, journal: context.journal)
        } catch {
            Console.error(
                ConsoleText(
                    error.refusedByAudit
                        ? .refusingDeleteAudit(error: error.description)
                        : .refusingDeleteJournal(error: error.description)))
            return .apiError
        }
        var worst = ScriptExit.ok
        for result in results {
            var status = ScriptExit.ok
            if let error = result.error, error.outcomeIsUnknown {
                status = try await recheck(result, cause: error, context: context)
            } else if let error = result.error {
                Console.error("\(result.subscription.id): \(error.message)")
                status = ScriptExit.code(for: error)
            } else {
                try Console.out(ConsoleText(.deletedID(id: result.subscription.id)))
            }
            if worst == .ok || worst == .notFound { worst = status }
        }
        if let entry = results.first?.journalEntry {
            try printEntry(entry, undoable: results.contains { $0.error == nil })
        }
        return worst
    }

    /// The contact's bulk DELETE, journalled; an unknown outcome is re-checked.
    static func deleteAll(
        of contact: ContactKey, _ subscriptions: [Subscription], reason: String?, context: ScriptContext
    )
        async throws(OutputError) -> ScriptExit
    {
        let entry: String
        let failure: NP6Error?
        do {
            (entry, failure) = try await JournalledRequests.deleteContact(
                contact, subscriptions: subscriptions, reason: reason, client: context.client, journal: context.journal)
        } catch {
            Console.error(
                ConsoleText(
                    error.refusedByAudit
                        ? .refusingDeleteAudit(error: error.description)
                        : .refusingDeleteJournal(error: error.description)))
            return .apiError
        }
        if let failure, failure.outcomeIsUnknown {
            let status = try await recheck(
                contact, subscriptions: subscriptions, entry: entry, cause: failure, context: context)
            try printEntry(entry, undoable: true)
            return status
        }
        if let failure {
            Console.error("\(failure.message)")
            return ScriptExit.code(for: failure)
        }
        try Console.out(
            ConsoleText(
                .deletedOfContact(count: subscriptions.count, kind: contact.kind.rawValue, value: contact.value)))
        try printEntry(entry, undoable: true)
        return .ok
    }

    /// The journal entry `restore` needs, in full: a script can read it from the last line.
    static func printEntry(_ entry: String, undoable: Bool) throws(OutputError) {
        try Console.out(
            undoable
                ? ConsoleText(.journalEntryUndoable(entry: entry, command: "np6-subs restore \(entry.prefix(8))"))
                : ConsoleText(.journalEntryLine(entry: entry)))
    }

    // MARK: Unknown outcomes

    /// After a delete whose answer was lost: look again, say what the server shows now, and
    /// record that in the journal entry.
    static func recheck(_ result: RequestResult, cause: NP6Error, context: ScriptContext) async throws(OutputError)
        -> ScriptExit
    {
        let id = result.subscription.id
        let found: Result<Subscription, NP6Error>
        do { found = .success(try await context.client.subscription(id: id)) } catch { found = .failure(error) }
        switch found {
        case .failure(.notFound):
            settle(result.journalEntry, .done, context: context)
            try Console.out(ConsoleText(.recheckGone(id: id, cause: cause.message)))
            return .ok
        case .success:
            settle(result.journalEntry, .failed, context: context)
            Console.error(ConsoleText(.recheckStillThere(id: id, cause: cause.message)))
            return .apiError
        case .failure(let error):
            Console.error(
                ConsoleText(
                    .recheckFailedID(id: id, cause: cause.message, error: error.message, command: "`np6-subs journal`"))
            )
            return .apiError
        }
    }

    /// The same after a bulk delete: what is left of the subscriptions it was to remove.
    static func recheck(
        _ contact: ContactKey, subscriptions: [Subscription], entry: String, cause: NP6Error, context: ScriptContext
    )
        async throws(OutputError) -> ScriptExit
    {
        let left: Result<[Subscription], NP6Error>
        do { left = .success(try await context.client.subscriptions(of: contact)) } catch { left = .failure(error) }
        let remaining: Int
        switch left {
        case .success(let list):
            let ids = Set(list.map(\.id))
            remaining = subscriptions.filter { ids.contains($0.id) }.count
        case .failure(.notFound):
            remaining = 0
        case .failure(let error):
            Console.error(
                ConsoleText(.recheckFailed(cause: cause.message, error: error.message, command: "`np6-subs journal`")))
            return .apiError
        }
        if remaining == 0 {
            settle(entry, .done, context: context)
            try Console.out(
                ConsoleText(
                    .recheckAllGone(
                        count: subscriptions.count, kind: contact.kind.rawValue, value: contact.value,
                        cause: cause.message)))
            return .ok
        }
        settle(entry, remaining == subscriptions.count ? .failed : .partial, context: context)
        Console.error(
            ConsoleText(.recheckSomeLeft(cause: cause.message, remaining: remaining, count: subscriptions.count)))
        return .apiError
    }

    static func settle(_ entry: String?, _ result: JournalResult, context: ScriptContext) {
        guard let entry else { return }
        do {
            try context.journal.recordSettlement(entry: entry, result: result, by: "a re-check by np6-subs delete")
        } catch {
            Console.error(ConsoleText(.cannotRecordRecheck(error: error.description)))
        }
    }
}
