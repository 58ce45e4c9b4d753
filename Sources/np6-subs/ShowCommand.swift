import ArgumentParser
import Essentials
import Scripts

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one subscription.")

    @Argument(help: "The subscription's id.") var subscriptionID: String
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var connection: ConnectionOptions

    func validate() throws { _ = try nonEmpty(subscriptionID, "The subscription id") }

    func run() async throws {
        try await withContext(connection) { context async throws(OutputError) in
            try await SubscriptionScripts.show(id: subscriptionID, format: format, context: context)
        }
    }
}
