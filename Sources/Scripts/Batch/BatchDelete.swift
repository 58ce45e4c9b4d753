import Essentials
import Formatting
import Foundation
import Journal
import NP6
import Search

/// `delete --from-file`: fetch every contact and print the plan; confirm the total; then delete,
/// `jobs` contacts at a time, paced by the rate-limit headers, each contact journalled before its
/// request under one run id. `--resume RUN` continues a run from its plan file and the journal.
public enum BatchDelete {
    public struct Options: Sendable {
        public var jobs: Int
        public var only: String?
        public var dryRun: Bool
        public var yes: Bool
        public var reason: String?
        public var format: OutputFormat

        public init(jobs: Int, only: String?, dryRun: Bool, yes: Bool, reason: String?, format: OutputFormat) {
            (self.jobs, self.only, self.dryRun, self.yes, self.reason, self.format) = (jobs, only, dryRun, yes, reason, format)
        }
    }

    /// One contact's result, as the summary counts it and `--format json` prints it.
    struct ContactResult: Sendable {
        var record: BatchRunFile.Record
        var outcome: BatchOutcome
        var deletedCount = 0
        var entry: String?
        var error: String?
    }

    /// Outputs and counts, shared by the plan and the run. Unchecked: only the task that runs the
    /// scheduler's handler writes it, and it is read after that task has ended.
    final class Tally: @unchecked Sendable {
        var counts: [BatchOutcome: Int] = [:]
        var subscriptionsDeleted = 0
        var contacts = 0
        var subscriptions = 0
        var requests = 0
        var fetchFailures = 0
        var nothing = 0
        var sameContact = 0
    }

    // MARK: A new run

    public static func start(list: ContactList, options: Options, context: ScriptContext) async throws(OutputError) -> ScriptExit {
        if !options.dryRun, !options.yes, !Console.isInteractive {
            Console.error("refusing to delete without a terminal to confirm on; pass --yes to confirm in a script (or --dry-run to see the plan)")
            return .usage
        }
        let only: OnlyFilter?
        let names = await context.applicationNames()
        switch OnlyFilter.make(options.only, context: context) {
        case .failure(let problem):
            Console.error("--only: \(problem.message)")
            return .usage
        case .success(let filter): only = filter?.withApplicationNames(names)
        }
        reportDuplicates(list)
        let run = BatchRunFile.newRunID()
        let runFile = BatchRunFile(run: run, environment: context.environment)
        let planOutput: FileOutput?
        if options.dryRun { planOutput = nil } else {
            do {
                planOutput = try runFile.create(
                    BatchRunFile.Header(run: run, host: context.host, profile: context.profile, reason: options.reason, only: options.only, source: list.name))
            } catch {
                Console.error("\(error.description)")
                return .apiError
            }
        }
        defer { if let planOutput { close(planOutput.descriptor) } }

        // The plan: every contact fetched, printed in the file's order, kept in the run file.
        let pacer = BatchPacer()
        let tally = Tally()
        let progress = BatchProgress(total: list.count, verb: "fetching")
        let fetchStarted = ContinuousClock.now
        let fetching = Task { () -> (any Error)? in
            var contactLines: [String: Int] = [:]
            do {
                var cursor = try list.entries()
                let client = context.client
                try await BatchScheduler.run(
                    jobs: options.jobs, ordered: true, shouldStop: { false },
                    next: { () throws(BatchProblem) in try cursor.next() },
                    work: { entry in await fetch(entry, only: only, client: client, pacer: pacer) },
                    handle: { (fetched: BatchRunFile.Record) in
                        var record = fetched
                        // Two lines may name one contact (its unicity, its hash): delete it once.
                        if let id = record.subscriptions.first?.contact.id {
                            if let first = contactLines[id] {
                                record.sameAs = first
                                record.subscriptions = []
                            } else {
                                contactLines[id] = record.line
                            }
                        }
                        progress.finished(failed: record.fetchError != nil, line: "fetched \(describe(record.contact)) (line \(record.line))")
                        if let planOutput {
                            let line = BatchRunFile.line(for: record)
                            try line.withUnsafeBufferPointer { (bytes) throws(OutputError) in try planOutput.write(bytes) }
                        }
                        tally.contacts += 1
                        if record.fetchError != nil { tally.fetchFailures += 1 } else if record.sameAs != nil { tally.sameContact += 1 } else if record.subscriptions.isEmpty {
                            tally.nothing += 1
                        } else {
                            tally.subscriptions += record.subscriptions.count
                            tally.requests += requestLines(record, only: only != nil).count
                        }
                        try printPlan(record, only: only != nil, names: names, format: options.format)
                    })
            } catch {
                return error
            }
            return nil
        }
        // Ctrl-C while fetching: nothing was sent; stop, and keep no plan.
        let interrupts = InterruptWatch { _ in fetching.cancel() }
        let fetchError = await fetching.value
        interrupts.stop()
        progress.end()
        if interrupts.count > 0 {
            unlink(runFile.path)
            Console.error("stopped while fetching (Ctrl-C): nothing was sent")
            return .apiError
        }
        switch fetchError {
        case nil: break
        case let error as OutputError: throw error
        case let error as BatchProblem:
            Console.error("\(error.description)")
            return .apiError
        case let error?:
            Console.error("\(String(describing: error))")
            return .apiError
        }
        let runName: ConsoleText = options.dryRun ? "" : " (run \(run))"
        try summaryLine("Fetched \(CountText.of(tally.contacts, "contact")) in \(rateText(tally.contacts, since: fetchStarted))", format: options.format)
        let nothing: ConsoleText = tally.nothing > 0 ? "; \(CountText.grouped(tally.nothing)) with nothing to delete" : ""
        let same: ConsoleText = tally.sameContact > 0 ? "; \(CountText.grouped(tally.sameContact)) named a contact of an earlier line" : ""
        let unfetched: ConsoleText = tally.fetchFailures > 0 ? "; \(CountText.grouped(tally.fetchFailures)) could not be fetched (left out)" : ""
        let totals: ConsoleText =
            "Plan\(runName): \(CountText.of(tally.contacts, "contact")), \(CountText.of(tally.subscriptions, "subscription")) to delete with \(CountText.of(tally.requests, "request"))\(nothing)\(same)\(unfetched)"
        try summaryLine(totals, format: options.format)
        if options.dryRun {
            try summaryLine("Dry run: nothing was sent.", format: options.format)
            return tally.subscriptions == 0 && tally.fetchFailures == 0 ? .notFound : .ok
        }
        if tally.subscriptions == 0 {
            unlink(runFile.path)
            try summaryLine("Nothing to delete.", format: options.format)
            return tally.fetchFailures > 0 ? .apiError : .notFound
        }
        let count = String(tally.subscriptions)
        let answer = context.production ? "\(context.profile ?? "")/\(count)" : count
        if !options.yes {
            let question: ConsoleText =
                "Delete \(CountText.of(tally.subscriptions, "subscription")) of \(CountText.of(tally.contacts - tally.nothing - tally.sameContact - tally.fetchFailures, "contact")) with \(CountText.of(tally.requests, "request"))?"
            let prompt: ConsoleText = context.production ? " This is a production profile: type \(answer) to go on: " : " Type the number of subscriptions (\(count)) to go on: "
            guard Console.confirm(question, answer: answer, prompt: prompt) else {
                unlink(runFile.path)
                Console.error("not confirmed; nothing was deleted")
                return .apiError
            }
        }
        if let planOutput {
            do { try planOutput.write(BatchRunFile.confirmationLine(subscriptions: tally.subscriptions)) } catch {
                Console.error("cannot write the run file \(runFile.path): \(error.description); nothing was deleted")
                return .apiError
            }
        }
        // The same pacer: the run goes on in the window the fetches were using.
        return try await execute(runFile: runFile, resuming: [:], only: only != nil, pacer: pacer, options: options, context: context)
    }

    // MARK: Resuming

    public static func resume(run: String, options: Options, context: ScriptContext) async throws(OutputError) -> ScriptExit {
        let runFile = BatchRunFile(run: run, environment: context.environment)
        let header: BatchRunFile.Header
        do {
            let (read, reader) = try runFile.open()
            reader.close()
            header = read
        } catch {
            Console.error("no run \(run) to resume: \(error.description)")
            return .notFound
        }
        guard (try? runFile.isConfirmed()) == true else {
            Console.error("run \(run) was never confirmed (it stopped while fetching, or the count was not typed): nothing of it was sent; start it again")
            return .usage
        }
        guard header.host == context.host, header.profile == context.profile else {
            Console.error(
                "run \(run) was made against \(header.host)\(header.profile.map { " (profile \($0))" } ?? ""); this is \(context.host)\(context.profile.map { " (profile \($0))" } ?? ""). Resume it with the same --profile or --base-url")
            return .usage
        }
        let entries: [JournalEntry]
        do { entries = try context.journal.entries().filter { $0.run == run } } catch {
            Console.error("\(error.description)")
            return .apiError
        }
        // The newest entry of each contact says where it stands.
        var latest: [ContactKey: JournalEntry] = [:]
        for entry in entries {
            guard let contact = entry.contact, let kind = ContactKey.Kind(rawValue: contact.kind) else { continue }
            let key = ContactKey(kind: kind, value: contact.value)
            if latest[key] == nil { latest[key] = entry }
        }
        var options = options
        if options.reason == nil { options.reason = header.reason }
        if !options.yes, !Console.isInteractive {
            Console.error("refusing to delete without a terminal to confirm on; pass --yes to confirm in a script")
            return .usage
        }
        if !options.yes {
            let question: ConsoleText = "Resume run \(run) (\(header.source))? Contacts done before are skipped; those with an unknown outcome are checked first."
            guard Console.confirm(question, answer: context.production ? context.profile ?? "yes" : "yes") else {
                Console.error("not confirmed; nothing was deleted")
                return .apiError
            }
        }
        return try await execute(runFile: runFile, resuming: latest, only: header.only != nil, pacer: BatchPacer(), options: options, context: context)
    }

    // MARK: The run

    static func execute(
        runFile: BatchRunFile, resuming: [ContactKey: JournalEntry], only: Bool, pacer: BatchPacer, options: Options, context: ScriptContext
    ) async throws(OutputError) -> ScriptExit {
        let opened: (BatchRunFile.Header, BatchRunFile.Reader)
        do { opened = try runFile.open() } catch {
            Console.error("\(error.description)")
            return .apiError
        }
        let header = opened.0
        opened.1.close()
        // Count first (the file is streamed twice): the bar needs the total.
        var total = 0
        do {
            let (_, counting) = try runFile.open()
            var reader = counting
            defer { reader.close() }
            while try reader.next() != nil { total += 1 }
        } catch {
            Console.error("\(error.description)")
            return .apiError
        }
        let signals = BatchSignals()
        let started = ContinuousClock.now
        let tally = Tally()
        let progress = BatchProgress(total: total, verb: "deleting")
        let run = header.run
        let client = context.client
        let journal = context.journal
        let reason = options.reason
        let jobs = options.jobs
        let format = options.format

        let work = Task { () -> BatchProblem? in
            do {
                var (_, reader) = try runFile.open()
                defer { reader.close() }
                try await BatchScheduler.run(
                    jobs: jobs, ordered: false, shouldStop: { signals.shouldStop },
                    next: { () throws(BatchProblem) in try reader.next() },
                    work: { record in
                        await deleteContact(
                            record, previous: resuming[record.contact], only: only, run: run, reason: reason, client: client, journal: journal,
                            pacer: pacer, signals: signals)
                    },
                    handle: { (result: ContactResult) in
                        tally.counts[result.outcome, default: 0] += 1
                        tally.subscriptionsDeleted += result.deletedCount
                        progress.finished(failed: result.outcome.isUnfinished, line: logLine(result))
                        if format == .json {
                            do throws(OutputError) { try Console.out(ConsoleText(safe: jsonLine(result))) } catch { signals.outputFailed(error) }
                        }
                    })
            } catch let error as BatchProblem {
                return error
            } catch {
                return nil
            }
            return nil
        }
        let interrupts = InterruptWatch { presses in
            if presses == 1 {
                signals.stop()
                progress.say("stopping: no new requests; those in flight finish (Ctrl-C again abandons them, their outcome is then unknown)")
            } else {
                work.cancel()
            }
        }
        let problem = await work.value
        interrupts.stop()
        progress.end()
        if let error = signals.outputFailure { throw error }
        if let problem { Console.error("\(problem.description)") }
        if let broken = signals.journalFailure { Console.error("stopped: cannot write the journal (\(broken)); nothing more was sent") }
        let handled = tally.counts.values.reduce(0, +)
        tally.counts[.notStarted, default: 0] += total - handled
        try printSummary(tally, run: run, interrupted: interrupts.count > 0, took: rateText(handled, since: started), format: options.format)
        let unfinished = BatchOutcome.allCases.filter(\.isUnfinished).reduce(0) { $0 + (tally.counts[$1] ?? 0) }
        if unfinished > 0 || problem != nil || signals.journalFailure != nil { return .apiError }
        let acted = (tally.counts[.deleted] ?? 0) + (tally.counts[.alreadyGone] ?? 0) + (tally.counts[.doneBefore] ?? 0)
        return acted == 0 ? .notFound : .ok
    }

    /// One contact of the run: skipped when done before, re-checked when its outcome is unknown,
    /// else deleted (bulk, or each subscription with `--only`), journalled before it is sent.
    static func deleteContact(
        _ record: BatchRunFile.Record, previous: JournalEntry?, only: Bool, run: String, reason: String?, client: NP6Client,
        journal: DeletionJournal, pacer: BatchPacer, signals: BatchSignals
    ) async -> ContactResult {
        var result = ContactResult(record: record, outcome: .nothingToDelete)
        if let error = record.fetchError {
            result.outcome = .failed
            result.error = "the plan's fetch failed: \(error)"
            return result
        }
        var subscriptions = record.subscriptions
        guard !subscriptions.isEmpty else { return result }
        if let previous {
            switch standing(of: previous) {
            case .done:
                result.outcome = .doneBefore
                result.entry = previous.id
                return result
            case .unknown:
                // Look before sending again: the lost answer may have been a success.
                let left: [Subscription]
                do {
                    try await pacer.acquire()
                    let found = try await subscriptionsOrNone(of: record.contact, client: client)
                    await pacer.release(observed: client.rateLimit, rateLimited: false)
                    let ids = Set(found.map(\.id))
                    left = subscriptions.filter { ids.contains($0.id) }
                } catch {
                    await pacer.release(observed: client.rateLimit, rateLimited: (error as? NP6Error).map(isRateLimited) ?? false)
                    result.outcome = .unknown
                    result.entry = previous.id
                    result.error = "the re-check failed: \((error as? NP6Error)?.message ?? "cancelled")"
                    return result
                }
                if left.isEmpty {
                    try? journal.recordSettlement(entry: previous.id, result: .done, by: "a re-check by np6-subs delete --resume")
                    result.outcome = .deleted
                    result.entry = previous.id
                    result.deletedCount = subscriptions.count
                    return result
                }
                // Still there (the request never reached the server, or not all of it did): the
                // old entry is settled by what the re-check saw, and a new one does the rest.
                let settled: JournalResult = left.count == subscriptions.count ? .failed : .partial
                try? journal.recordSettlement(entry: previous.id, result: settled, by: "a re-check by np6-subs delete --resume")
                subscriptions = left
            case .failed:
                break
            }
        }
        // A 429 that gets past the pacer closes it for everyone; the contact waits and goes again.
        for _ in 0..<5 {
            let requests = only ? subscriptions.count : 1
            do { try await pacer.acquire(requests) } catch {
                result.outcome = .notStarted
                return result
            }
            var failure: NP6Error?
            do {
                if only {
                    let results = try await JournalledRequests.deleteEach(
                        subscriptions, contact: record.contact, reason: reason, run: run, client: client, journal: journal)
                    result.entry = results.first?.journalEntry
                    let failures = results.compactMap(\.error)
                    result.deletedCount = results.count - failures.count
                    failure = failures.first { if case .notFound = $0 { false } else { true } }
                    if failure == nil, results.count < subscriptions.count { failure = .cancelled }
                } else {
                    // The intent is synced before the request, as always; the outcome is not waited
                    // for: one lost in a crash reads as unknown, which --resume checks on the server.
                    let (entry, error) = try await JournalledRequests.deleteContact(
                        record.contact, subscriptions: subscriptions, reason: reason, run: run, client: client, journal: journal,
                        durableOutcome: false)
                    result.entry = entry
                    failure = error
                    if error == nil { result.deletedCount = subscriptions.count }
                }
            } catch {
                await pacer.release(requests, observed: client.rateLimit, rateLimited: false)
                signals.journalFailed(error.description)
                result.outcome = .notStarted
                return result
            }
            await pacer.release(requests, observed: client.rateLimit, rateLimited: failure.map(isRateLimited) ?? false)
            guard let failure else {
                result.outcome = result.deletedCount == 0 && only ? .alreadyGone : .deleted
                return result
            }
            if case .notFound = failure {
                result.outcome = .alreadyGone
                return result
            }
            if isRateLimited(failure) { continue }
            if failure == .cancelled {
                result.outcome = .unknown
                result.error = "abandoned (Ctrl-C) while the request was in flight"
            } else {
                result.outcome = failure.outcomeIsUnknown ? .unknown : .failed
                result.error = failure.message
            }
            return result
        }
        result.outcome = .failed
        result.error = "rate-limited five times in a row"
        return result
    }

    /// A contact's subscriptions; none when the server does not know the contact (404).
    static func subscriptionsOrNone(of contact: ContactKey, client: NP6Client) async throws(NP6Error) -> [Subscription] {
        do { return try await client.subscriptions(of: contact) } catch {
            if case .notFound = error { return [] }
            throw error
        }
    }

    enum Standing { case done, unknown, failed }

    /// Where a contact's newest journal entry leaves it.
    static func standing(of entry: JournalEntry) -> Standing {
        if let settlement = entry.settlement {
            // Done, or restored on purpose since: leave it. Failed or partial: some are still there.
            return [JournalResult.failed.rawValue, JournalResult.partial.rawValue].contains(settlement.result) ? .failed : .done
        }
        guard let outcome = entry.outcome else { return .unknown }
        switch outcome.result {
        case JournalResult.done.rawValue: return .done
        case JournalResult.unknown.rawValue: return .unknown
        default: return outcome.status == 404 ? .done : .failed
        }
    }

    static func isRateLimited(_ error: NP6Error) -> Bool {
        if case .rateLimited = error { return true }
        return false
    }

    // MARK: Fetching

    static func fetch(_ entry: ContactList.Entry, only: OnlyFilter?, client: NP6Client, pacer: BatchPacer) async -> BatchRunFile.Record {
        var record = BatchRunFile.Record(line: entry.line, contact: entry.contact, subscriptions: [], fetchError: nil)
        do { try await pacer.acquire() } catch {
            record.fetchError = "cancelled"
            return record
        }
        do {
            let found = try await client.subscriptions(of: entry.contact)
            await pacer.release(observed: client.rateLimit, rateLimited: false)
            record.subscriptions = only?.apply(to: found) ?? found
        } catch .notFound {
            await pacer.release(observed: client.rateLimit, rateLimited: false)
        } catch {
            await pacer.release(observed: client.rateLimit, rateLimited: isRateLimited(error))
            record.fetchError = error.message
        }
        return record
    }

    // MARK: Output

    static func describe(_ contact: ContactKey) -> String { "\(contact.kind.rawValue) \(contact.value)" }

    static func requestLines(_ record: BatchRunFile.Record, only: Bool) -> [String] {
        only ? record.subscriptions.map { NP6Operation.deleteSubscription(id: $0.id).requestLine } : [record.contact.deleteOperation.requestLine]
    }

    static func printPlan(_ record: BatchRunFile.Record, only: Bool, names: [String: String], format: OutputFormat) throws(OutputError) {
        let requests = record.subscriptions.isEmpty ? [] : requestLines(record, only: only)
        if format == .json {
            var object = JSONObject([
                "stage": .string("plan"),
                "line": .number(String(record.line)), "kind": .string(record.contact.kind.rawValue), "value": .string(record.contact.value),
                "subscriptions": .array(record.subscriptions.map { .string($0.id) }), "requests": .array(requests.map(JSONValue.string)),
            ])
            if let error = record.fetchError { object["error"] = .string(error) }
            if let sameAs = record.sameAs { object["same_as"] = .number(String(sameAs)) }
            try Console.out(ConsoleText(safe: JSONValue.object(object).serialized()))
            return
        }
        let title = "\(describe(record.contact)) (line \(record.line))"
        if let error = record.fetchError {
            try Console.out("\(title): cannot fetch it, left out: \(error)")
        } else if let sameAs = record.sameAs {
            try Console.out("\(title): the same contact as line \(sameAs); deleted there")
        } else if record.subscriptions.isEmpty {
            try Console.out("\(title): nothing to delete")
        } else {
            try Console.out("\(title): \(CountText.of(record.subscriptions.count, "subscription"))")
            for subscription in record.subscriptions {
                let token = TokenText.shortened(subscription.provider.address ?? "")
                let application = subscription.application.map { names[$0] ?? $0 } ?? ""
                let provider = DisplayWidth.pad(UntrustedText.sanitized(subscription.provider.type), width: 9)
                try Console.out("  \(subscription.id)  \(provider) \(DisplayWidth.pad(UntrustedText.sanitized(application), width: 20)) \(token)")
            }
            for request in requests { try Console.out("  \(request)") }
        }
    }

    /// The summary goes to stdout, except under `--format json`, whose stdout holds only JSON lines.
    static func summaryLine(_ text: ConsoleText, format: OutputFormat) throws(OutputError) {
        if format == .json { try? FileOutput.standardError.write(text.text + "\n") } else { try Console.out(text) }
    }

    static func logLine(_ result: ContactResult) -> ConsoleText {
        let what = "\(describe(result.record.contact)) (line \(result.record.line))"
        switch result.outcome {
        case .deleted: return "deleted \(CountText.of(result.deletedCount, "subscription")) of \(what)"
        case .failed, .unknown: return "\(result.outcome.rawValue): \(what): \(result.error ?? "")"
        default: return "\(result.outcome.rawValue): \(what)"
        }
    }

    static func jsonLine(_ result: ContactResult) -> String {
        JSONValue.object(JSONObject([
            "stage": .string("result"), "line": .number(String(result.record.line)), "kind": .string(result.record.contact.kind.rawValue),
            "value": .string(result.record.contact.value), "result": .string(result.outcome.rawValue),
            "deleted": .number(String(result.deletedCount)), "entry": result.entry.map(JSONValue.string) ?? .null,
            "error": result.error.map(JSONValue.string) ?? .null,
        ])).serialized()
    }

    /// `5.2 s (385 contacts/s)`.
    static func rateText(_ count: Int, since start: ContinuousClock.Instant) -> ConsoleText {
        let seconds = (ContinuousClock.now - start).seconds
        let rate = seconds > 0 ? Int((Double(count) / seconds).rounded()) : 0
        let tenths = String((seconds * 10).rounded() / 10)
        return "\(tenths) s (\(CountText.grouped(rate)) contacts/s)"
    }

    static func printSummary(_ tally: Tally, run: String, interrupted: Bool, took: ConsoleText, format: OutputFormat) throws(OutputError) {
        let order: [BatchOutcome] = [.deleted, .alreadyGone, .nothingToDelete, .failed, .unknown, .notStarted, .doneBefore]
        let rows = order.compactMap { outcome -> [String]? in
            let count = tally.counts[outcome] ?? 0
            if count == 0 && ![.deleted, .alreadyGone, .failed, .unknown].contains(outcome) { return nil }
            return [outcome.rawValue, CountText.grouped(count)]
        }
        let contacts = tally.counts.values.reduce(0, +)
        try summaryLine(
            "Run \(run)\(interrupted ? " (interrupted)" : ""): \(CountText.of(contacts, "contact")), \(CountText.of(tally.subscriptionsDeleted, "subscription")) deleted, in \(took)",
            format: format)
        try summaryLine(TextTable.render(header: ["RESULT", "CONTACTS"], rows: rows), format: format)
        let unfinished = BatchOutcome.allCases.filter(\.isUnfinished).reduce(0) { $0 + (tally.counts[$1] ?? 0) }
        if unfinished > 0 { try summaryLine("np6-subs delete --resume \(run) continues it (unknown outcomes are checked first)", format: format) }
        if tally.subscriptionsDeleted > 0 { try summaryLine("np6-subs restore --run \(run) re-creates what it deleted", format: format) }
    }

    static func reportDuplicates(_ list: ContactList) {
        guard !list.duplicates.isEmpty else { return }
        for duplicate in list.duplicates.prefix(10) {
            Console.error("line \(duplicate.line) repeats line \(duplicate.first); the contact is handled once")
        }
        if list.duplicates.count > 10 { Console.error("and \(CountText.grouped(list.duplicates.count - 10)) more repeated lines") }
    }
}
