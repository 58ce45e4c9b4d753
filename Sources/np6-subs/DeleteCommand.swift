import ArgumentParser
import Essentials
import Scripts

struct DeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete subscriptions, journalled first. Asks on a terminal; without one, needs --yes.")

    @Option(name: .customLong("subscription"), parsing: .upToNextOption, help: "One or more subscription ids.") var subscriptions: [String] = []
    @OptionGroup var contact: ContactOptions
    @Flag(name: .customLong("dry-run"), help: "Print the requests; send nothing.") var dryRun = false
    @Flag(help: "Confirm without asking (for scripts).") var yes = false
    @OptionGroup var audit: AuditOptions
    @Flag(name: .customLong("read-write"), help: "Write although the profile says read_only: true (this command only).")
    var readWrite = false
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        let contacts = contact.given.count
        guard (subscriptions.isEmpty ? 0 : 1) + contacts == 1 else {
            throw ValidationError("Give --subscription ID… or exactly one of --unicity, --hash, --contact-id.")
        }
        for id in subscriptions { _ = try nonEmpty(id, "--subscription") }
        if subscriptions.isEmpty { _ = try contact.contact() }
    }

    func run() async throws {
        let target: SubscriptionScripts.DeleteTarget = subscriptions.isEmpty ? .contact(try contact.contact()) : .subscriptions(subscriptions)
        try await withContext(connection, audit: audit, readWrite: readWrite) { context async throws(OutputError) in
            try await SubscriptionScripts.delete(target, dryRun: dryRun, yes: yes, reason: audit.givenReason, context: context)
        }
    }
}
