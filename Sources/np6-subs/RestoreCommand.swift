import ArgumentParser
import Essentials
import Journal
import Localization
import Scripts

struct RestoreCommand: AsyncParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "restore",
            abstract: Message.helpRestoreAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.helpRestoreEntryID.text())) var entryID: String?
    @Option(
        name: .customLong("run"),
        help: ArgumentHelp(
            Message.helpRestoreRunID.text(), valueName: "run"))
    var runID: String?
    @Option(help: ArgumentHelp(Message.helpRestoreJobs.text(), valueName: "n")) var jobs = 4
    @Flag(help: ArgumentHelp(Message.helpDeleteYes.text())) var yes = false
    @Flag(help: ArgumentHelp(Message.helpRestoreDryRun.text())) var dryRun = false
    @Option(
        name: .customLong("to-host"),
        help:
            ArgumentHelp(Message.helpRestoreToHost.text())
    )
    var toHost: String?
    @Option(
        name: .customLong("to-profile"),
        help:
            ArgumentHelp(Message.helpRestoreToProfile.text())
    )
    var toProfile: String?
    @Option(name: .customLong("from-audit"), help: ArgumentHelp(Message.helpRestoreFromAudit.text(), valueName: "file"))
    var fromAudit: String?
    @OptionGroup var audit: AuditOptions
    @Flag(name: .customLong("read-write"), help: ArgumentHelp(Message.helpDeleteReadWrite.text()))
    var readWrite = false
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        guard (entryID == nil) != (runID == nil) else { throw ValidationError(Message.usageRestoreSources.text()) }
        if let entryID { _ = try nonEmpty(entryID, Message.usageTheEntryID.text()) }
        if let runID { _ = try nonEmpty(runID, "--run") }
        if let fromAudit {
            _ = try nonEmpty(fromAudit, "--from-audit")
            guard runID == nil else { throw ValidationError(Message.usageRestoreSources.text()) }
        }
        guard (1...16).contains(jobs) else { throw ValidationError(Message.usageJobsRange(jobs: "\(jobs)").text()) }
    }

    func run() async throws {
        try await withContext(connection, audit: audit, readWrite: readWrite) { context async throws(OutputError) in
            if let runID {
                return try await JournalScripts.restoreRun(
                    run: runID, toHost: toHost, toProfile: toProfile, yes: yes, dryRun: dryRun,
                    reason: audit.givenReason, jobs: jobs, context: context)
            }
            var collected: [JournalEntry]?
            if let fromAudit {
                guard let entries = AuditScripts.collectedEntries(path: fromAudit) else { return .notFound }
                collected = entries
            }
            return try await JournalScripts.restore(
                entryID: entryID ?? "", toHost: toHost, toProfile: toProfile, yes: yes, dryRun: dryRun,
                reason: audit.givenReason, collected: collected, context: context)
        }
    }
}
