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
    @Option(
        help: ArgumentHelp(
            """
            Keep only the rows that match this query, the browser's / syntax: every space-separated term must \
            match; smart case (a term in lower case ignores case, one with a capital matches exactly); !term \
            excludes; "a phrase"; ~term is fuzzy; provider: app: token: id: contact: user: look in one field; \
            created: and modified: take dates (>2024-01-01, <=2023-06, 2025), ages (<30d, >1y) and never. \
            See docs/usage.md, "The filter".
            """,
            valueName: "query"))
    var filter: String?
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
