import ArgumentParser
import Essentials
import Scripts

struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List a contact's subscriptions (JSON output is the server's own objects).")

    @OptionGroup var contact: ContactOptions
    @Option(help: "Keep only rows where every space-separated term appears (case-insensitive).") var filter: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var connection: ConnectionOptions

    func validate() throws { _ = try contact.contact() }

    func run() async throws {
        let contact = try contact.contact()
        try await withContext(connection) { context async throws(OutputError) in try await SubscriptionScripts.list(contact, filter: filter, format: format, context: context) }
    }
}
