import App
import ArgumentParser
import Foundation
import NP6
import Scripts
import Settings

extension OutputFormat: ExpressibleByArgument {}

/// Where the API is and the key to use: the same rules as the browser's.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .customLong("base-url"), help: "The NP6 API's base URL. Default: NP6_BASE_URL, else https://api-cm.np6.com.")
    var baseURL: String?

    @Option(name: .customLong("key-file"), help: "Read the API key from this file (chmod 600). Default: NP6_API_KEY.")
    var keyFile: String?

    func context() throws -> ScriptContext {
        let environment = ProcessInfo.processInfo.environment
        let base: NP6BaseURL
        do { base = try NP6BaseURL(baseURL ?? environment["NP6_BASE_URL"] ?? "https://api-cm.np6.com") } catch { throw UsageError(error.message) }
        return ScriptContext(baseURL: base, apiKey: try KeyLoader.load(keyFile: keyFile, environment: environment), environment: environment)
    }
}

/// Exactly one of the three ways to name a contact.
struct ContactOptions: ParsableArguments {
    @Option(help: "The contact's unicity.") var unicity: String?
    @Option(help: "The contact's hash.") var hash: String?
    @Option(name: .customLong("contact-id"), help: "The contact's id.") var contactID: String?

    var given: [ContactKey] {
        [unicity.map(ContactKey.unicity), hash.map(ContactKey.hash), contactID.map(ContactKey.contactID)].compactMap { $0 }
    }

    func contact() throws -> ContactKey {
        let keys = given
        guard keys.count == 1 else { throw ValidationError("Give exactly one of --unicity, --hash, --contact-id.") }
        return keys[0]
    }
}

func finish(_ status: ScriptExit) throws {
    if status != .ok { throw ExitCode(status.rawValue) }
}

/// Runs a subcommand's work with a context and always shuts its HTTP client down.
func withContext(_ connection: ConnectionOptions, _ work: (ScriptContext) async -> ScriptExit) async throws {
    let context = try connection.context()
    let status = await work(context)
    await context.client.shutdown()
    try finish(status)
}

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
        try await withContext(connection) { await SubscriptionScripts.list(contact, filter: filter, format: format, context: $0) }
    }
}

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one subscription.")

    @Argument(help: "The subscription's id.") var subscriptionID: String
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await withContext(connection) { await SubscriptionScripts.show(id: subscriptionID, format: format, context: $0) }
    }
}

struct DeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete subscriptions, journalled first. Asks on a terminal; without one, needs --yes.")

    @Option(name: .customLong("subscription"), parsing: .upToNextOption, help: "One or more subscription ids.") var subscriptions: [String] = []
    @OptionGroup var contact: ContactOptions
    @Flag(name: .customLong("dry-run"), help: "Print the requests; send nothing.") var dryRun = false
    @Flag(help: "Confirm without asking (for scripts).") var yes = false
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        let contacts = contact.given.count
        guard (subscriptions.isEmpty ? 0 : 1) + contacts == 1 else {
            throw ValidationError("Give --subscription ID… or exactly one of --unicity, --hash, --contact-id.")
        }
    }

    func run() async throws {
        let target: SubscriptionScripts.DeleteTarget = subscriptions.isEmpty ? .contact(try contact.contact()) : .subscriptions(subscriptions)
        try await withContext(connection) { await SubscriptionScripts.delete(target, dryRun: dryRun, yes: yes, context: $0) }
    }
}

struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "List the deletion journal, newest first (entries without an outcome: outcome unknown).")

    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func run() throws {
        try finish(JournalScripts.list(format: format, journal: ScriptContext.journalOnly(environment: ProcessInfo.processInfo.environment)))
    }
}

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Re-create the subscriptions of a journal entry with PUT /subscriptions.")

    @Argument(help: "The journal entry's id, or a unique prefix of it.") var entryID: String
    @Flag(help: "Confirm without asking (for scripts).") var yes = false
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await withContext(connection) { await JournalScripts.restore(entryID: entryID, yes: yes, context: $0) }
    }
}
