import Essentials
import FoundationEssentials
import Journal
import Localization
import NP6

extension BatchDelete {
    /// What every contact of a run shares.
    struct RunContext: Sendable {
        let run: String
        let only: Bool
        let reason: String?
        let client: NP6Client
        let journal: DeletionJournal
        let pacer: BatchPacer
        let signals: BatchSignals
    }

    /// The run: the plan file streamed back, `jobs` contacts at a time, each journalled before its
    /// request. The first Ctrl-C stops new contacts, the second abandons those in flight.
    static func execute(
        runFile: BatchRunFile, run: String, total: Int, resuming: [ContactKey: JournalEntry], only: Bool,
        pacer: BatchPacer, options: Options, context: ScriptContext
    ) async throws(OutputError) -> ScriptExit {
        let signals = BatchSignals()
        let started = ContinuousClock.now
        let progress = BatchProgress(total: total, verb: Message.progressDeleting.text())
        let shared = RunContext(
            run: run, only: only, reason: options.reason, client: context.client, journal: context.journal,
            pacer: pacer,
            signals: signals)
        let format = options.format
        let work = Task { () -> (Tally, BatchProblem?) in
            var tally = Tally()
            do {
                var (_, reader) = try runFile.open()
                defer { reader.close() }
                try await BatchScheduler.run(
                    jobs: options.jobs, ordered: false, shouldStop: { signals.shouldStop },
                    next: { () throws(BatchProblem) in try reader.next() },
                    work: { record in await deleteContact(record, previous: resuming[record.contact], in: shared) },
                    handle: { (result: ContactResult) in
                        count(result, in: &tally)
                        if format == .json {
                            do throws(OutputError) {
                                try progress.clearing { () throws(OutputError) in
                                    try Console.out(ConsoleText(safe: jsonLine(result)))
                                }
                            } catch {
                                signals.outputFailed(error)
                            }
                        }
                        progress.finished(failed: result.outcome.isUnfinished, line: logLine(result))
                    })
            } catch let error as BatchProblem {
                return (tally, error)
            } catch {
                return (tally, nil)
            }
            return (tally, nil)
        }
        let interrupts = InterruptWatch { presses in
            if presses == 1 {
                signals.stop()
                Task { await pacer.stop() }
                progress.say(ConsoleText(.batchStopping))
            } else {
                work.cancel()
            }
        }
        var (tally, problem) = await work.value
        interrupts.stop()
        progress.end()
        if let error = signals.outputFailure { throw error }
        if let problem { Console.error("\(problem.description)") }
        if let broken = signals.journalFailure {
            Console.error(ConsoleText(.batchJournalBroken(error: broken)))
        }
        let handled = tally.handled
        tally.counts[.notStarted, default: 0] += total - handled
        try printSummary(
            tally, run: run, interrupted: interrupts.count > 0,
            took: rateText(handled, since: started, withRate: tally.subscriptionsDeleted > 0),
            format: format)
        if tally.unfinished > 0 || problem != nil || signals.journalFailure != nil { return .apiError }
        let acted = (tally.counts[.deleted] ?? 0) + (tally.counts[.alreadyGone] ?? 0) + (tally.counts[.doneBefore] ?? 0)
        return acted == 0 ? .notFound : .ok
    }

    static func count(_ result: ContactResult, in tally: inout Tally) {
        tally.counts[result.outcome, default: 0] += 1
        tally.subscriptionsDeleted += result.deletedCount
    }
}
