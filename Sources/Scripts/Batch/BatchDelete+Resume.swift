import Essentials
import Journal
import Localization
import NP6

extension BatchDelete {
    /// `--resume RUN`: the run's plan joined with the journal's entries of the run. A contact done
    /// before is skipped, one whose outcome is unknown is re-checked first, the rest go again.
    public static func resume(run: String, options: Options, context: ScriptContext) async throws(OutputError)
        -> ScriptExit
    {
        let runFile = BatchRunFile(run: run, environment: context.environment)
        // One pass reads the header, counts the contacts and finds the confirmation line.
        let plan: (header: BatchRunFile.Header, contacts: Int, confirmed: Bool)
        do { plan = try runFile.scan() } catch {
            Console.error(ConsoleText(.batchNoRunToResume(run: run, error: error.description)))
            return .notFound
        }
        let latest: [ContactKey: JournalEntry]
        do { latest = try latestEntries(of: run, in: context.journal) } catch {
            Console.error("\(error.description)")
            return .apiError
        }
        let header = plan.header
        guard plan.confirmed else {
            // Say "nothing was sent" only when the journal agrees: a plan cut short after its
            // run began has lost its confirmation line, not its deletes.
            if latest.isEmpty {
                Console.error(ConsoleText(.batchNeverConfirmed(run: run)))
            } else {
                Console.error(
                    ConsoleText(
                        .batchPlanCutShort(run: run, count: latest.count, command: "np6-subs journal --run \(run)")))
            }
            return .usage
        }
        guard header.host == context.host, header.profile == context.profile else {
            func place(_ host: String, _ profile: String?) -> String {
                profile.map { Message.batchHostProfile(host: host, profile: $0).text() } ?? host
            }
            Console.error(
                ConsoleText(
                    .batchOtherPlace(
                        run: run, recorded: place(header.host, header.profile),
                        current: place(context.host, context.profile))))
            return .usage
        }
        var options = options
        if options.reason == nil { options.reason = header.reason }
        if !options.yes, !Console.isInteractive {
            Console.error(ConsoleText(.refusingWithoutTerminal(action: Message.actionDelete.text())))
            return .usage
        }
        if !options.yes {
            let question = ConsoleText(.batchResumeQuestion(run: run, source: header.source))
            guard Console.confirm(question, answer: context.confirmationPolicy.plainAnswer) else {
                Console.error(ConsoleText(.batchNotConfirmed))
                return .apiError
            }
        }
        return try await execute(
            runFile: runFile, run: header.run, total: plan.contacts, resuming: latest, only: header.only != nil,
            pacer: BatchPacer.showingWaits(), options: options, context: context)
    }

    /// The newest entry of each contact of the run: it says where the contact stands.
    static func latestEntries(of run: String, in journal: DeletionJournal) throws(DeletionJournal.Failure)
        -> [ContactKey: JournalEntry]
    {
        var latest: [ContactKey: JournalEntry] = [:]
        for entry in try journal.entries() where entry.run == run {
            guard let key = entry.contact?.key, latest[key] == nil else { continue }
            latest[key] = entry
        }
        return latest
    }

    enum Standing: Equatable { case done, unknown, failed }

    /// Where a contact's newest journal entry leaves it.
    static func standing(of entry: JournalEntry) -> Standing {
        if let settlement = entry.settlement {
            // Done, or restored on purpose since: leave it. Failed or partial: some are still there.
            return [JournalResult.failed, .partial].contains(settlement.result) ? .failed : .done
        }
        guard let outcome = entry.outcome else { return .unknown }
        switch outcome.result {
        case .done: return .done
        case .unknown: return .unknown
        default: return outcome.status == 404 ? .done : .failed
        }
    }

    /// What a re-check of an unknown outcome found, and what follows from it.
    enum Settlement: Equatable {
        /// Every planned subscription is gone: the lost answer was a success.
        case gone
        /// Some or all are still there: the old entry is settled so (`failed`, `partial`) and a
        /// new one deletes what is left.
        case remaining(settledAs: JournalResult, left: [String])
    }

    /// The settlement of an unknown outcome, from the planned subscriptions and the ids a
    /// re-check found on the server.
    static func settlement(planned: [String], found: Set<String>) -> Settlement {
        let left = planned.filter(found.contains)
        if left.isEmpty { return .gone }
        return .remaining(settledAs: left.count == planned.count ? .failed : .partial, left: left)
    }

    enum Recheck {
        case settled(ContactResult)
        case deleteRemaining([Subscription])
    }

    /// Looks before sending again: the lost answer may have been a success.
    static func recheck(_ record: BatchRunFile.Record, previous: JournalEntry, in run: RunContext) async -> Recheck {
        var result = ContactResult(record: record, outcome: .unknown, entry: previous.id)
        let found: [Subscription]
        do {
            try await run.pacer.acquire()
            found = try await subscriptionsOrNone(of: record.contact, client: run.client)
            await run.pacer.release(observed: run.client.rateLimit, rateLimited: false)
        } catch {
            await run.pacer.release(
                observed: run.client.rateLimit, rateLimited: (error as? NP6Error).map(isRateLimited) ?? false)
            result.error = "the re-check failed: \((error as? NP6Error)?.message ?? "cancelled")"
            return .settled(result)
        }
        let by = "a re-check by np6-subs delete --resume"
        switch settlement(planned: record.subscriptions.map(\.id), found: Set(found.map(\.id))) {
        case .gone:
            try? run.journal.recordSettlement(entry: previous.id, result: .done, by: by)
            result.outcome = .deleted
            result.deletedCount = record.subscriptions.count
            return .settled(result)
        case .remaining(let settled, let left):
            try? run.journal.recordSettlement(entry: previous.id, result: settled, by: by)
            let ids = Set(left)
            return .deleteRemaining(record.subscriptions.filter { ids.contains($0.id) })
        }
    }

    /// A contact's subscriptions; none when the server does not know the contact (404).
    static func subscriptionsOrNone(of contact: ContactKey, client: NP6Client) async throws(NP6Error) -> [Subscription]
    {
        do { return try await client.subscriptions(of: contact) } catch {
            if case .notFound = error { return [] }
            throw error
        }
    }
}
