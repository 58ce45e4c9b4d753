import Essentials
import FoundationEssentials
import Glibc
import Localization
import NP6

/// `delete --from-file`: fetch every contact and print the plan; confirm the total; then delete,
/// `jobs` contacts at a time, paced by the rate-limit headers, each contact journalled before its
/// request under one run id. `--resume RUN` continues a run from its plan file and the journal.
///
/// By concern: reading and planning (`+Plan`), the run and its scheduling (`+Run`), one contact
/// (`+Contact`), settling and resuming (`+Resume`), what is printed (`+Summary`).
public enum BatchDelete {
    public struct Options: Sendable {
        public var jobs: Int
        public var only: String?
        public var dryRun: Bool
        public var yes: Bool
        public var reason: String?
        public var format: OutputFormat

        public init(jobs: Int, only: String?, dryRun: Bool, yes: Bool, reason: String?, format: OutputFormat) {
            (self.jobs, self.only, self.dryRun, self.yes, self.reason, self.format) = (
                jobs, only, dryRun, yes, reason, format
            )
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

    /// Counts of the plan and the run: a value, kept by the one task that runs the scheduler's
    /// handler and handed back when that task ends, so nothing shares it while it changes.
    struct Tally: Sendable {
        var counts: [BatchOutcome: Int] = [:]
        var subscriptionsDeleted = 0
        var contacts = 0
        var subscriptions = 0
        var requests = 0
        var fetchFailures = 0
        var nothing = 0
        var sameContact = 0
        /// Contacts left out whole: their list holds another contact's rows (no --only).
        var bulkRefused = 0
        /// Rows of other contacts left out of the contacts that --only deletes from.
        var foreignRows = 0

        /// Contacts the plan will delete something of.
        var contactsToDelete: Int { contacts - nothing - sameContact - fetchFailures - bulkRefused }
        var handled: Int { counts.values.reduce(0, +) }
        var unfinished: Int { BatchOutcome.allCases.filter(\.isUnfinished).reduce(0) { $0 + (counts[$1] ?? 0) } }
    }

    /// A new run: the plan, its confirmation, then the run.
    public static func start(list: ContactList, options: Options, context: ScriptContext) async throws(OutputError)
        -> ScriptExit
    {
        if !options.dryRun, !options.yes, !Console.isInteractive {
            Console.error(ConsoleText(.refusingWithoutTerminalBatch(action: Message.actionDelete.text())))
            return .usage
        }
        let names = await context.applicationNames()
        let only: OnlyFilter?
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
        if options.dryRun {
            planOutput = nil
        } else {
            let header = BatchRunFile.Header(
                run: run, host: context.host, profile: context.profile, reason: options.reason, only: options.only,
                source: list.name)
            do { planOutput = try runFile.create(header) } catch {
                Console.error("\(error.description)")
                return .apiError
            }
        }
        defer { if let planOutput { close(planOutput.descriptor) } }
        // One pacer: the run goes on in the window the plan's fetches were using.
        let pacer = BatchPacer.showingWaits()
        let planning = Planning(
            list: list, only: only, names: names, output: planOutput, pacer: pacer, options: options)
        let tally: Tally
        switch await plan(planning, context: context) {
        case .fetched(let fetched): tally = fetched
        case .interrupted:
            unlink(runFile.path)
            return .apiError
        case .stopped(let exit): return exit
        case .outputFailed(let error): throw error
        }
        if let exit = try confirm(
            tally, run: run, runFile: runFile, planOutput: planOutput, options: options, context: context)
        {
            return exit
        }
        return try await execute(
            runFile: runFile, run: run, total: tally.contacts, resuming: [:], only: only != nil, pacer: pacer,
            options: options, context: context)
    }
}
