import ArgumentParser
import Scripts

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one subscription.")

    @Argument(help: "The subscription's id.") var subscriptionID: String
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await withContext(connection) { await SubscriptionScripts.show(id: subscriptionID, format: format, context: $0) }
    }
}
