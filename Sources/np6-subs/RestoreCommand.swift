import ArgumentParser
import Essentials
import Scripts

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Re-create the subscriptions of a journal entry (or of a whole batch run) with PUT /subscriptions.")

    @Argument(help: "The journal entry's id, or a unique prefix of it.") var entryID: String?
    @Option(
        name: .customLong("run"),
        help: ArgumentHelp(
            "Re-create everything the batch run RUN deleted (delete --from-file prints its id).", valueName: "run"))
    var runID: String?
    @Option(help: ArgumentHelp("With --run: requests at once (1 to 16).", valueName: "n")) var jobs = 4
    @Flag(help: "Confirm without asking (for scripts).") var yes = false
    @Flag(help: "Print what would be re-created, and where; send nothing.") var dryRun = false
    @Option(
        name: .customLong("to-host"),
        help:
            """
            Re-create on this host although the entry was recorded against another (it must be the host --base-url \
            names).
            """
    )
    var toHost: String?
    @Option(
        name: .customLong("to-profile"),
        help:
            """
            Re-create under this profile although the entry was recorded under another (it must be the profile in \
            use; none for no profile).
            """
    )
    var toProfile: String?
    @OptionGroup var audit: AuditOptions
    @Flag(name: .customLong("read-write"), help: "Write although the profile says read_only: true (this command only).")
    var readWrite = false
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        guard (entryID == nil) != (runID == nil) else { throw ValidationError("Give a journal entry id or --run RUN.") }
        if let entryID { _ = try nonEmpty(entryID, "The journal entry id") }
        if let runID { _ = try nonEmpty(runID, "--run") }
        guard (1...16).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 16, not \(jobs).") }
    }

    func run() async throws {
        try await withContext(connection, audit: audit, readWrite: readWrite) { context async throws(OutputError) in
            if let runID {
                return try await JournalScripts.restoreRun(
                    run: runID, toHost: toHost, toProfile: toProfile, yes: yes, dryRun: dryRun,
                    reason: audit.givenReason, jobs: jobs, context: context)
            }
            return try await JournalScripts.restore(
                entryID: entryID ?? "", toHost: toHost, toProfile: toProfile, yes: yes, dryRun: dryRun,
                reason: audit.givenReason, context: context)
        }
    }
}
