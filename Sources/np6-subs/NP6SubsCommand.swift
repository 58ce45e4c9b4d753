import App
import ArgumentParser
import Browser
import Foundation
import NP6
import Scripts
import Settings

/// `np6-subs`: the browser by default, and subcommands for scripts.
struct NP6SubsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "np6-subs",
        abstract: "Browse one NP6 contact's push-notification subscriptions, read their tokens, delete stale ones.",
        discussion: "Without a subcommand it runs the browser (np6-subs browse). Exit codes of the subcommands: 0 ok, 1 API or network error, 2 usage error, 3 not found.",
        version: NP6Version.current,
        subcommands: [BrowseCommand.self, ListCommand.self, ShowCommand.self, DeleteCommand.self, JournalCommand.self, RestoreCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}

/// The interactive browser.
struct BrowseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse one NP6 contact's push-notification subscriptions, read their tokens, delete stale ones.",
        discussion: """
            The API key comes from --key-file PATH (a file only you can read) or the environment variable NP6_API_KEY. There is no flag for the key itself, so it never shows in `ps` or in shell history.

            The base URL comes from --base-url, then NP6_BASE_URL, then https://api-cm.np6.com.

            Without a contact flag the program opens on the lookup prompt. Press ? inside for every key. Try it without a key: np6-subs --demo
            """
    )

    @Option(help: "Open on the contact with this unicity (its business key, often an e-mail address).")
    var unicity: String?

    @Option(help: "Open on the contact with this hash.")
    var hash: String?

    @Option(name: .customLong("contact-id"), help: "Open on the contact with this id.")
    var contactID: String?

    @Option(name: .customLong("subscription-id"), help: "Open on the contact that owns this subscription, with it selected.")
    var subscriptionID: String?

    @Option(name: .customLong("base-url"), help: "The NP6 API's base URL (https; http only on loopback). Default: NP6_BASE_URL, else https://api-cm.np6.com.")
    var baseURL: String?

    @Option(name: .customLong("key-file"), help: "Read the API key from this file; it must not be readable by group or others (chmod 600).")
    var keyFile: String?

    @Flag(name: .customLong("read-only"), help: "Disable deleting (d and D). Also NP6_READ_ONLY=1.")
    var readOnly = false

    @Flag(help: "Run against a built-in sandbox of the NP6 API on 127.0.0.1, opened on its example contact. No key needed.")
    var demo = false

    @Option(name: .customLong("log-file"), help: "Write a debug log (requests, statuses, timings; the key redacted) to this file.")
    var logFile: String?

    func validate() throws {
        let targets = [unicity, hash, contactID, subscriptionID].compactMap { $0 }
        if targets.count > 1 { throw ValidationError("Give at most one of --unicity, --hash, --contact-id, --subscription-id.") }
        if targets.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("A contact flag needs a non-empty value.")
        }
    }

    var initialTarget: LookupTarget? {
        if let unicity { return .contact(.unicity(unicity)) }
        if let hash { return .contact(.hash(hash)) }
        if let contactID { return .contact(.contactID(contactID)) }
        if let subscriptionID { return .subscription(id: subscriptionID) }
        return nil
    }

    func makeConfiguration() throws -> AppConfiguration {
        let environment = ProcessInfo.processInfo.environment
        let base: NP6BaseURL
        do {
            base = try NP6BaseURL(baseURL ?? environment["NP6_BASE_URL"] ?? "https://api-cm.np6.com")
        } catch {
            throw UsageError(error.message)
        }
        let key = demo ? nil : try KeyLoader.load(keyFile: keyFile, environment: environment)
        let readOnlyFromEnvironment = ["1", "true", "yes"].contains((environment["NP6_READ_ONLY"] ?? "").lowercased())
        return AppConfiguration(
            baseURL: base, apiKey: key, readOnly: readOnly || readOnlyFromEnvironment, demo: demo, initialTarget: initialTarget,
            logFile: logFile, stateDirectory: StatePaths.directory(environment: environment), environment: environment)
    }

    func run() async throws {
        let code = try await BrowserApp.run(makeConfiguration())
        if code != 0 { throw ExitCode(code) }
    }
}

@main
enum Main {
    /// Usage errors exit 2 with the message on stderr, before the terminal is touched.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--help"] || arguments == ["-h"] {
            // The browser's flags first (what most people run), then the subcommands.
            print(NP6SubsCommand.helpMessage(for: BrowseCommand.self))
            print("\nSUBCOMMANDS (for scripts; `np6-subs help <subcommand>` for each):")
            for command in NP6SubsCommand.configuration.subcommands where command != BrowseCommand.self {
                print("  " + (command.configuration.commandName ?? "").padding(toLength: 10, withPad: " ", startingAt: 0) + command.configuration.abstract)
            }
            print("\nExit codes of the subcommands: 0 ok, 1 API or network error, 2 usage error, 3 not found.")
            return
        }
        do {
            var command = try NP6SubsCommand.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as UsageError {
            FileHandle.standardError.write(Data("np6-subs: \(error.description)\n".utf8))
            exit(2)
        } catch let error as NP6Error {
            FileHandle.standardError.write(Data("np6-subs: \(error.message)\n".utf8))
            exit(ScriptExit.code(for: error).rawValue)
        } catch {
            if let exitCode = error as? ExitCode { exit(exitCode.rawValue) }
            if NP6SubsCommand.exitCode(for: error) == .success {
                NP6SubsCommand.exit(withError: error)
            }
            FileHandle.standardError.write(Data((NP6SubsCommand.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
    }
}
