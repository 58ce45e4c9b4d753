import Essentials
import FoundationEssentials
import Glibc
import Localization
import NP6

extension BatchDelete {
    /// What the plan is made from.
    struct Planning: Sendable {
        let list: ContactList
        let only: OnlyFilter?
        let names: [String: String]
        /// The run file's plan lines go here; nil for `--dry-run`.
        let output: FileOutput?
        let pacer: BatchPacer
        let options: Options
    }

    enum PlanResult {
        case fetched(Tally)
        /// Ctrl-C while fetching: nothing was sent, and no plan is kept.
        case interrupted
        /// The plan could not be made (said already).
        case stopped(ScriptExit)
        case outputFailed(OutputError)
    }

    /// Every contact fetched, `jobs` at a time, printed in the file's order and kept in the run
    /// file. Ctrl-C while fetching sends nothing and keeps no plan.
    static func plan(_ planning: Planning, context: ScriptContext) async -> PlanResult {
        let progress = BatchProgress(total: planning.list.count, verb: Message.progressFetching.text())
        let started = ContinuousClock.now
        let client = context.client
        let fetching = Task { () -> (Tally, (any Error)?) in
            var tally = Tally()
            var contactLines: [String: Int] = [:]
            do {
                var cursor = try planning.list.entries()
                try await BatchScheduler.run(
                    jobs: planning.options.jobs, ordered: true, shouldStop: { false },
                    next: { () throws(BatchProblem) in try cursor.next() },
                    work: { entry in await fetch(entry, only: planning.only, client: client, pacer: planning.pacer) },
                    handle: { (fetched: BatchRunFile.Record) in
                        let record = sameContact(fetched, seen: &contactLines)
                        // The plan's lines never run into the bar; it is drawn again after them.
                        try progress.clearing { () throws(OutputError) in try keep(record, in: planning, tally: &tally)
                        }
                        // A contact whose fetch failed (or never started) was not fetched.
                        progress.finished(
                            failed: record.fetchError != nil,
                            line: {
                                let what = Message.batchContactAtLine(
                                    contact: describe(record.contact), line: record.line
                                ).text()
                                return ConsoleText(
                                    record.fetchError.map { Message.batchNotFetched(what: what, error: $0) }
                                        ?? .batchFetched(what: what))
                            }())
                    })
            } catch {
                return (tally, error)
            }
            return (tally, nil)
        }
        let interrupts = InterruptWatch { _ in fetching.cancel() }
        let (tally, fetchError) = await fetching.value
        interrupts.stop()
        progress.end()
        if interrupts.count > 0 {
            Console.error(ConsoleText(.batchStoppedFetching))
            return .interrupted
        }
        switch fetchError {
        case nil: break
        case let error as OutputError: return .outputFailed(error)
        case let error as BatchProblem:
            Console.error("\(error.description)")
            return .stopped(.apiError)
        case let error?:
            Console.error("\(String(describing: error))")
            return .stopped(.apiError)
        }
        do {
            try summaryLine(
                ConsoleText(
                    .batchFetchedIn(count: tally.contacts, took: rateText(tally.contacts, since: started).text)),
                format: planning.options.format)
        } catch { return .outputFailed(error) }
        return .fetched(tally)
    }

    /// Two lines may name one contact (its unicity, its hash): the server's contact id says so,
    /// and the later one then deletes nothing.
    static func sameContact(_ fetched: BatchRunFile.Record, seen: inout [String: Int]) -> BatchRunFile.Record {
        var record = fetched
        guard let id = record.subscriptions.first?.contact.id else { return record }
        if let first = seen[id] {
            record.sameAs = first
            record.subscriptions = []
        } else {
            seen[id] = record.line
        }
        return record
    }

    /// A fetched contact goes into the run file, the counts and the printed plan.
    static func keep(_ record: BatchRunFile.Record, in planning: Planning, tally: inout Tally) throws(OutputError) {
        if let output = planning.output {
            let line = BatchRunFile.line(for: record)
            try line.withUnsafeBufferPointer { (bytes) throws(OutputError) in try output.write(bytes) }
        }
        tally.contacts += 1
        if record.fetchError != nil {
            tally.fetchFailures += 1
        } else if record.sameAs != nil {
            tally.sameContact += 1
        } else if record.bulkRefused {
            tally.bulkRefused += 1
        } else if record.subscriptions.isEmpty {
            tally.nothing += 1
        } else {
            tally.subscriptions += record.subscriptions.count
            tally.requests += requestLines(record, only: planning.only != nil).count
        }
        if !record.bulkRefused { tally.foreignRows += record.foreignOwners.count }
        try printPlan(record, only: planning.only != nil, names: planning.names, format: planning.options.format)
    }

    /// The plan's totals, then the typed confirmation and the line that records it. Returns the
    /// exit when the run must not go on (a dry run, nothing to delete, not confirmed).
    static func confirm(
        _ tally: Tally, run: String, runFile: BatchRunFile, planOutput: FileOutput?, options: Options,
        context: ScriptContext
    ) throws(OutputError) -> ScriptExit? {
        try printTotals(tally, run: options.dryRun ? nil : run, place: context.place, format: options.format)
        if options.dryRun {
            try summaryLine(ConsoleText(.batchDryRun), format: options.format)
            return tally.subscriptions == 0 && tally.fetchFailures == 0 ? .notFound : .ok
        }
        if tally.subscriptions == 0 {
            unlink(runFile.path)
            try summaryLine(ConsoleText(.nothingToDelete), format: options.format)
            return tally.fetchFailures > 0 ? .apiError : .notFound
        }
        let count = String(tally.subscriptions)
        let answer = context.confirmationPolicy.answer(naming: count)
        if !options.yes {
            let question = ConsoleText(
                .batchQuestion(
                    count: tally.subscriptions, contacts: tally.contactsToDelete, place: context.place,
                    requests: tally.requests))
            let prompt: ConsoleText =
                context.confirmationPolicy.productionProfile != nil
                ? " \(Message.batchTypeProduction(answer: answer))" : " \(Message.batchTypeCount(count: count))"
            guard Console.confirm(question, answer: answer, prompt: prompt) else {
                unlink(runFile.path)
                Console.error(ConsoleText(.batchNotConfirmed))
                return .apiError
            }
        }
        guard let planOutput else { return nil }
        do { try planOutput.write(BatchRunFile.confirmationLine(subscriptions: tally.subscriptions)) } catch {
            Console.error(ConsoleText(.batchCannotWriteRunFile(path: runFile.path, error: error.description)))
            return .apiError
        }
        return nil
    }

    /// One contact of the file, fetched through the pacer; a 404 is nothing to delete.
    static func fetch(_ entry: ContactList.Entry, only: OnlyFilter?, client: NP6Client, pacer: BatchPacer) async
        -> BatchRunFile.Record
    {
        var record = BatchRunFile.Record(line: entry.line, contact: entry.contact, subscriptions: [], fetchError: nil)
        do { try await pacer.acquire() } catch {
            record.fetchError = "cancelled"
            return record
        }
        do {
            let found = try await client.subscriptions(of: entry.contact)
            await pacer.release(observed: client.rateLimit, rateLimited: false)
            record.subscriptions = only?.apply(to: found) ?? found
            leaveOutForeignRows(&record, all: found, only: only != nil)
        } catch .notFound {
            await pacer.release(observed: client.rateLimit, rateLimited: false)
        } catch {
            await pacer.release(observed: client.rateLimit, rateLimited: isRateLimited(error))
            record.fetchError = error.recordedMessage
        }
        return record
    }

    /// Another contact's rows are never deleted as this contact's: with --only they are left out
    /// of the contact's requests; without, its bulk DELETE would take them, so the contact is.
    static func leaveOutForeignRows(_ record: inout BatchRunFile.Record, all found: [Subscription], only: Bool) {
        let ownership = ContactOwnership(key: record.contact, subscriptions: found)
        guard !ownership.isEmpty else { return }
        if only {
            record.foreignOwners = record.subscriptions.compactMap { ownership.owner(of: $0) }
            record.subscriptions.removeAll { ownership.owner(of: $0) != nil }
        } else {
            record.foreignOwners = found.compactMap { ownership.owner(of: $0) }
            record.subscriptions = []
            record.bulkRefused = true
        }
    }

    static func isRateLimited(_ error: NP6Error) -> Bool {
        if case .rateLimited = error { return true }
        return false
    }
}
