import ArgumentParser
import Essentials
import Localization
import Scripts

struct ListCommand: AsyncParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract:
                Message.helpListAbstract.text()
        )
    }

    @OptionGroup var contact: ContactOptions
    @OptionGroup var batch: BatchOptions
    @Option(
        help: ArgumentHelp(
            Message.helpListFilter.text(),
            valueName: "query"))
    var filter: String?
    @Option(help: ArgumentHelp(Message.helpJournalFormat.text())) var format: OutputFormat = .table
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        if batch.given {
            guard contact.given.isEmpty else {
                throw ValidationError(Message.usageListSources.text())
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
