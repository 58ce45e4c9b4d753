import Essentials
import Formatting
import FoundationEssentials
import Journal
import Localization
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
        return try list(all, format: format, filter: filter, wide: wide, timeZone: timeZone)
    }

    /// Lists `all` (a journal's entries, or a collector's: `audit show`) as `journal` does.
    public static func list(
        _ all: [JournalEntry], format: OutputFormat, filter: JournalFilter, wide: Bool, timeZone: LocalTimeZone
    ) throws(OutputError) -> ScriptExit {
        let entries = filter.select(all)
        switch format {
        case .json:
            let objects = entries.map { entry -> JSONValue in
                var object = entry.raw.objectValue ?? JSONObject()
                object["kind"] = nil
                object["outcome"] =
                    entry.outcome.map { outcome in
                        var fields = outcome.raw.objectValue ?? JSONObject()
                        fields["kind"] = nil
                        fields["entry"] = nil
                        return .object(fields)
                    } ?? .null
                // What a later check found of an unknown outcome (or a restore), if anything.
                object["settlement"] =
                    entry.settlement.map { settlement in
                        .object(
                            JSONObject([
                                "time": .string(settlement.time), "result": .string(settlement.result.text),
                                "by": .string(settlement.by),
                            ]))
                    } ?? .null
                return .object(object)
            }
            try Console.out(ConsoleText(safe: JSONValue.array(objects).prettySerialized()))
        case .csv:
            // A machine format: its words and dates are the same in every language.
            let rows = Localization.with(.english) { entries.map { wideRow($0, timeZone: timeZone) } }
            try Console.out(CSV.render(header: wideHeader, rows: rows), terminator: "")
        case .table:
            if entries.isEmpty {
                try Console.out(ConsoleText(all.isEmpty ? .journalIsEmpty : .journalNoEntryMatches))
                return .ok
            }
            if wide {
                let titles: [Message] = [
                    .journalColumnWhen, .journalColumnEntry, .journalColumnOperator, .columnHost, .journalColumnProfile,
                    .journalColumnContact, .journalColumnOperation, .journalColumnCount, .journalColumnOutcome,
                    .journalColumnReason, .journalColumnRequests,
                ]
                try Console.out(
                    TextTable.render(
                        header: titles.map { $0.text() }, rows: entries.map { wideRow($0, timeZone: timeZone) }))
            } else {
                let showsProfile = JournalColumns.showsProfile(entries)
                let showsOperator = JournalColumns.showsOperator(entries)
                let rows = entries.map { entry in
                    JournalColumns.cells(
                        entry, when: when(entry, timeZone: timeZone), showsProfile: showsProfile,
                        showsOperator: showsOperator)
                }
                // The contact, the outcome and the reason give way (cut with …) when the table
                // would be wider than the limit; `--wide` shows them whole.
                try Console.out(
                    TextTable.render(
                        header: JournalColumns.header(showsProfile: showsProfile, showsOperator: showsOperator),
                        rows: rows, maximumWidth: tableWidth,
                        shrinking: JournalColumns.shrinking(showsProfile: showsProfile, showsOperator: showsOperator)))
            }
        }
        return .ok
    }

    /// The CSV's header (a machine format: English in every language).
    static let wideHeader = [
        "WHEN", "ENTRY", "OPERATOR", "HOST", "PROFILE", "CONTACT", "OPERATION", "COUNT", "OUTCOME", "REASON",
        "REQUESTS",
    ]

    static func wideRow(_ entry: JournalEntry, timeZone: LocalTimeZone) -> [String] {
        [
            when(entry, timeZone: timeZone, seconds: true), entry.id, entry.operatorName, entry.host,
            entry.profile ?? "", entry.contact?.fullText ?? "—",
            entry.operationWords,
            NumberText.grouped(entry.subscriptions.count), entry.outcomeText, entry.reason ?? "",
            entry.requests.joined(separator: "; "),
        ]
    }

    /// The entry's time in local time; as recorded if it cannot be read.
    static func when(_ entry: JournalEntry, timeZone: LocalTimeZone, seconds: Bool = false) -> String {
        DateText.local(recorded: entry.time, timeZone: timeZone, seconds: seconds)
    }

    /// Re-creates the subscriptions of an entry (found by its id or a unique prefix of it).
    /// `toHost` must name the current host when the entry was recorded against another one, and
    /// `toProfile` the current profile when it was recorded under another: re-creating on a
    /// different server or account is never a default.
    /// `collected`: entries read from a collector's file (`--from-audit`) instead of the journal.
    public static func restore(
        entryID: String, toHost: String?, toProfile: String? = nil, yes: Bool, dryRun: Bool = false,
        reason given: String? = nil, collected: [JournalEntry]? = nil, context: ScriptContext
    ) async throws(OutputError) -> ScriptExit {
        let entries: [JournalEntry]
        if let collected {
            entries = collected
        } else {
            do { entries = try context.journal.entries() } catch {
                Console.error("\(error.description)")
                return .apiError
            }
        }
        let matches = entries.filter { $0.id == entryID || $0.id.hasPrefix(entryID.lowercased()) }
        guard let entry = matches.first else {
            Console.error(ConsoleText(.noJournalEntry(entry: entryID)))
            return .notFound
        }
        guard matches.count == 1 || matches[0].id == entryID else {
            Console.error(ConsoleText(.entryAmbiguous(entry: entryID, count: matches.count)))
            return .usage
        }
        if let refusal = placeRefusal(entry, toHost: toHost, toProfile: toProfile, context: context) { return refusal }
        let subscriptions = entry.subscriptions.compactMap { try? Subscription(json: $0) }
        guard !subscriptions.isEmpty else {
            Console.error(ConsoleText(.entryHoldsNothing(entry: entry.id)))
            return .notFound
        }
        if collected != nil, let incomplete = incompleteRefusal(entry, kept: subscriptions.count) { return incomplete }
        try SubscriptionScripts.print(
            subscriptions, format: .table, names: await context.applicationNames(), timeZone: context.timeZone)
        if dryRun {
            try Console.out(ConsoleText(.restoreDryRun(count: subscriptions.count, place: context.place)))
            return .ok
        }
        let question: ConsoleText =
            subscriptions.count == 1
            ? ConsoleText(.restoreOneQuestion(place: context.place))
            : ConsoleText(.restoreManyQuestion(count: subscriptions.count, place: context.place))
        if let refusal = Console.confirmation(
            yes: yes, action: .actionRestore, question: question, answer: context.confirmationPolicy.plainAnswer)
        {
            return refusal
        }
        let reason = yes ? given : Console.askReason(given: given)
        // Exactly the subscriptions shown and confirmed, so each answer pairs with its own.
        let errors: [NP6Error?]
        do {
            let contact = entry.contact?.key
            errors = try await JournalledRequests.recreate(
                subscriptions.map(\.raw), operation: .restore, restoring: entry.id, contact: contact, reason: reason,
                client: context.client,
                journal: context.journal)
        } catch {
            Console.error(
                ConsoleText(
                    error.refusedByAudit
                        ? .refusingRestoreAudit(error: error.description)
                        : .refusingRestoreJournal(error: error.description)))
            return .apiError
        }
        var worst = ScriptExit.ok
        for (subscription, error) in zip(subscriptions, errors) {
            if let error {
                Console.error("\(subscription.id): \(error.message)")
                worst = .apiError
            } else {
                try Console.out(ConsoleText(.recreatedID(id: subscription.id)))
            }
        }
        // Whatever the delete did, its subscriptions are back: its unknown outcome is settled.
        if worst == .ok, collected == nil, entry.isUnsettled {
            do {
                try context.journal.recordSettlement(entry: entry.id, result: .restored, by: "np6-subs restore")
            } catch {
                Console.error(ConsoleText(.cannotRecordRestore(error: error.description)))
            }
        }
        return worst
    }

    /// A collected intent that left subscriptions out (too large for one message) cannot be
    /// re-created whole from the collector: said, rather than a partial restore.
    static func incompleteRefusal(_ entry: JournalEntry, kept: Int) -> ScriptExit? {
        guard entry.raw["json-omitted"] != nil || entry.raw["cut"]?.stringValue == "json" else { return nil }
        Console.error(ConsoleText(.auditEntryIncomplete(entry: entry.id, count: kept)))
        return .notFound
    }

    /// Usage error when `entry` was recorded against another host or under another profile than
    /// this context's, and no `--to-host`/`--to-profile` says that this is on purpose.
    static func placeRefusal(_ entry: JournalEntry, toHost: String?, toProfile: String?, context: ScriptContext)
        -> ScriptExit?
    {
        if entry.host != context.host, toHost != context.host {
            Console.error(ConsoleText(.entryOtherHost(entry: entry.id, recorded: entry.host, host: context.host)))
            return .usage
        }
        // `--to-profile none` re-creates, on purpose, without a profile what one recorded.
        if entry.profile != context.profile, toProfile != (context.profile ?? "none") {
            let recorded = (entry.profile.map { Message.underProfile(profile: $0) } ?? .withoutProfile).text()
            let now = (context.profile.map { Message.underProfile(profile: $0) } ?? .withoutProfile).text()
            Console.error(
                ConsoleText(
                    .entryOtherProfile(
                        entry: entry.id, recorded: recorded, now: now,
                        option: "--to-profile \(context.profile ?? "none")")))
            return .usage
        }
        return nil
    }

    /// `restore --run RUN`: re-creates what every delete of a batch run removed, `jobs` entries
    /// at a time, paced like the run. Entries that failed are left alone; unknown ones are
    /// re-created too (a PUT of a subscription that still exists puts it back as it was).
    public static func restoreRun(
        run: String, toHost: String?, toProfile: String?, yes: Bool, dryRun: Bool = false, reason given: String?,
        jobs: Int, context: ScriptContext
    ) async throws(OutputError) -> ScriptExit {
        let entries: [JournalEntry]
        do {
            entries = try context.journal.entries().filter { entry in
                guard entry.run == run, entry.restores == nil else { return false }
                let result = entry.settlement?.result ?? entry.outcome?.result ?? .unknown
                return [JournalResult.done, .partial, .unknown].contains(result)
            }
        } catch {
            Console.error("\(error.description)")
            return .apiError
        }
        guard let first = entries.first else {
            Console.error(ConsoleText(.noDeletesOfRun(run: run)))
            return .notFound
        }
        if let refusal = placeRefusal(first, toHost: toHost, toProfile: toProfile, context: context) { return refusal }
        let total = entries.reduce(0) { $0 + $1.subscriptions.count }
        if dryRun {
            try printRunPlan(entries, run: run, total: total, context: context)
            return .ok
        }
        let question = ConsoleText(
            .restoreRunQuestion(count: total, run: run, contacts: entries.count, place: context.place))
        if let refusal = Console.confirmation(
            yes: yes, action: .actionRestore, question: question, answer: context.confirmationPolicy.plainAnswer)
        {
            return refusal
        }
        let reason = yes ? given : Console.askReason(given: given)
        let progress = BatchProgress(total: entries.count, verb: Message.progressRestoring.text())
        let pacer = BatchPacer.showingWaits()
        let client = context.client
        let journal = context.journal
        var failed = 0
        var recreated = 0
        var index = 0
        do {
            try await BatchScheduler.run(
                jobs: jobs, ordered: false, shouldStop: { false },
                next: { () throws(BatchProblem) -> JournalEntry? in
                    defer { index += 1 }
                    return index < entries.count ? entries[index] : nil
                },
                work: { entry in await recreate(entry, reason: reason, client: client, journal: journal, pacer: pacer)
                },
                handle: { (entry: JournalEntry, errors: [NP6Error?]) in
                    let failures = errors.compactMap { $0 }
                    recreated += errors.count - failures.count
                    if !failures.isEmpty { failed += 1 }
                    let contact = entry.contact.map { "\($0.kind) \($0.value)" } ?? entry.id
                    progress.finished(
                        failed: !failures.isEmpty,
                        line: failures.isEmpty
                            ? ConsoleText(.recreatedOfContact(count: errors.count, contact: contact))
                            : "\(contact): \(failures[0].message)")
                })
        } catch {
            progress.end()
            Console.error("\(String(describing: error))")
            return .apiError
        }
        progress.end()
        try Console.out(ConsoleText(.restoreRunSummary(run: run, count: recreated, failed: failed)))
        return failed > 0 ? .apiError : .ok
    }

    /// `restore --run RUN --dry-run`: each entry's contact and subscriptions and the requests,
    /// then the totals; nothing is sent.
    static func printRunPlan(_ entries: [JournalEntry], run: String, total: Int, context: ScriptContext)
        throws(OutputError)
    {
        for entry in entries {
            let contact = entry.contact.map { "\($0.kind) \($0.value)" } ?? Message.headerNoContact.text()
            try Console.out(
                ConsoleText(
                    .runPlanEntry(
                        contact: contact, entry: String(entry.id.prefix(8)), outcome: entry.shortOutcome,
                        count: entry.subscriptions.count)))
            for subscription in entry.subscriptions.compactMap({ try? Subscription(json: $0) }) {
                let provider = DisplayWidth.pad(UntrustedText.sanitized(subscription.provider.type), width: 9)
                try Console.out(
                    "  \(subscription.id)  \(provider) \(TokenText.shortened(subscription.provider.address ?? ""))")
            }
            try Console.out("  \(CountText.grouped(entry.subscriptions.count)) × PUT /subscriptions")
        }
        try Console.out(
            ConsoleText(.restoreRunDryRun(run: run, count: total, contacts: entries.count, place: context.place)))
    }

    static func recreate(
        _ entry: JournalEntry, reason: String?, client: NP6Client, journal: DeletionJournal, pacer: BatchPacer
    ) async -> (
        JournalEntry, [NP6Error?]
    ) {
        let subscriptions = entry.subscriptions
        do { try await pacer.acquire(subscriptions.count) } catch {
            return (entry, subscriptions.map { _ in .cancelled })
        }
        let contact = entry.contact?.key
        let errors: [NP6Error?]
        do {
            errors = try await JournalledRequests.recreate(
                subscriptions, operation: .restore, restoring: entry.id, contact: contact, reason: reason,
                client: client, journal: journal)
        } catch {
            await pacer.release(subscriptions.count, observed: client.rateLimit, rateLimited: false)
            return (
                entry,
                subscriptions.map { _ in
                    .unexpectedShape(reason: Message.cannotWriteJournal(error: error.description).text())
                }
            )
        }
        await pacer.release(
            subscriptions.count, observed: client.rateLimit,
            rateLimited: errors.contains { if case .rateLimited? = $0 { true } else { false } })
        if errors.allSatisfy({ $0 == nil }), entry.isUnsettled {
            try? journal.recordSettlement(entry: entry.id, result: .restored, by: "np6-subs restore --run")
        }
        return (entry, errors)
    }
}
