import ArgumentParser
import Essentials
import Scripts

struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract:
            """
            List a contact's subscriptions, or many contacts' with --from-file (JSON output is the server's own \
            objects).
            """
    )

    @OptionGroup var contact: ContactOptions
    @OptionGroup var batch: BatchOptions
    @Option(help: "Keep only rows where every space-separated term appears (case-insensitive).") var filter: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        if batch.given {
            guard contact.given.isEmpty else {
                throw ValidationError("Give --from-file or one of --unicity, --hash, --contact-id, not both.")
            }
            return
        }
        _ = try contact.contact()
    }

    func run() async throws {
        if let list = try batch.contactList() {
            try await withContext(connection) { context async throws(OutputError) in
                try await BatchList.run(list: list, filter: filter, format: format, jobs: batch.jobs, context: context)
            }
            return
        }
        let contact = try contact.contact()
        try await withContext(connection) { context async throws(OutputError) in
            try await SubscriptionScripts.list(contact, filter: filter, format: format, context: context)
        }
    }
}
