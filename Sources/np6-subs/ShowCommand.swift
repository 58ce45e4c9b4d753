import ArgumentParser
import Essentials
import Localization
import Scripts

struct ShowCommand: AsyncParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: Message.helpShowAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.helpShowSubscriptionID.text())) var subscriptionID: String
    @Option(help: ArgumentHelp(Message.helpJournalFormat.text())) var format: OutputFormat = .table
    @OptionGroup var connection: ConnectionOptions

    func validate() throws { _ = try nonEmpty(subscriptionID, Message.usageTheSubscriptionID.text()) }

    func run() async throws {
        try await withContext(connection) { context async throws(OutputError) in
            try await SubscriptionScripts.show(id: subscriptionID, format: format, context: context)
        }
    }
}
