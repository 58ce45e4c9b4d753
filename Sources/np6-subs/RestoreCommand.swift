import ArgumentParser
import Essentials
import Scripts

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Re-create the subscriptions of a journal entry with PUT /subscriptions.")

    @Argument(help: "The journal entry's id, or a unique prefix of it.") var entryID: String
    @Flag(help: "Confirm without asking (for scripts).") var yes = false
    @Option(
        name: .customLong("to-host"),
        help: "Re-create on this host although the entry was recorded against another (it must be the host --base-url names).")
    var toHost: String?
    @Option(
        name: .customLong("to-profile"),
        help: "Re-create under this profile although the entry was recorded under another (it must be the profile in use; none for no profile).")
    var toProfile: String?
    @OptionGroup var audit: AuditOptions
    @Flag(name: .customLong("read-write"), help: "Write although the profile says read_only: true (this command only).")
    var readWrite = false
    @OptionGroup var connection: ConnectionOptions

    func validate() throws { _ = try nonEmpty(entryID, "The journal entry id") }

    func run() async throws {
        try await withContext(connection, audit: audit, readWrite: readWrite) { context async throws(OutputError) in
            try await JournalScripts.restore(entryID: entryID, toHost: toHost, toProfile: toProfile, yes: yes, reason: audit.givenReason, context: context)
        }
    }
}
