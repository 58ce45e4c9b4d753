import App
import ArgumentParser
import Browser
import DemoServer
import FoundationEssentials
import Localization
import Settings
import StateFolder

/// The interactive browser.
struct BrowseCommand: AsyncParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "browse",
            abstract: Message.helpBrowseAbstract.text(),
            discussion: Message.helpBrowseDiscussion.text()
        )
    }

    @Option(help: ArgumentHelp(Message.helpBrowseUnicity.text()))
    var unicity: String?

    @Option(help: ArgumentHelp(Message.helpBrowseHash.text()))
    var hash: String?

    @Option(name: .customLong("contact-id"), help: ArgumentHelp(Message.helpBrowseContactID.text()))
    var contactID: String?

    @Option(
        name: .customLong("subscription-id"), help: ArgumentHelp(Message.helpBrowseSubscriptionID.text())
    )
    var subscriptionID: String?

    @OptionGroup var connection: ConnectionOptions

    @Flag(
        name: .customLong("read-only"),
        help: ArgumentHelp(Message.helpBrowseReadOnly.text()))
    var readOnly = false

    @Flag(
        name: .customLong("read-write"),
        help: ArgumentHelp(Message.helpBrowseReadWrite.text()))
    var readWrite = false

    @Flag(
        help:
            ArgumentHelp(Message.helpBrowseDemo.text()))
    var demo = false

    @Option(
        name: .customLong("log-file"),
        help: ArgumentHelp(Message.helpBrowseLogFile.text()))
    var logFile: String?

    @Flag(
        name: .customLong("no-mouse"),
        help:
            ArgumentHelp(Message.helpBrowseNoMouse.text()))
    var noMouse = false

    @OptionGroup var audit: AuditOptions

    func validate() throws {
        if demo, connection.baseURL != nil || connection.profile != nil {
            let flag = connection.baseURL != nil ? "--base-url" : "--profile"
            throw ValidationError(Message.usageDemoWithServer(flag: flag).text())
        }
        if readOnly, readWrite {
            throw ValidationError(Message.usageReadOnlyAndWrite.text())
        }
        let targets = [unicity, hash, contactID, subscriptionID].compactMap { $0 }
        if targets.count > 1 {
            throw ValidationError(Message.usageAtMostOneContact.text())
        }
        if targets.contains(where: { $0.trimmingWhitespace().isEmpty }) {
            throw ValidationError(Message.usageContactFlagEmpty.text())
        }
    }

    var initialTarget: LookupTarget? {
        if let unicity { return .contact(.unicity(unicity)) }
        if let hash { return .contact(.hash(hash)) }
        if let contactID { return .contact(.contactID(contactID)) }
        if let subscriptionID { return .subscription(id: subscriptionID) }
        return nil
    }

    func makeConfiguration(environment: [String: String] = ProcessInfo.processInfo.environment) async throws
        -> AppConfiguration
    {
        // The demo brings its own sandbox and key: no config file, profile, server or key of the
        // environment is read (it replaces the base URL with its sandbox's).
        let (resolved, config): (Connection, ProfileConfig?)
        if demo {
            (resolved, config) = (Connection(baseURL: .production, apiKey: nil), nil)
        } else {
            (resolved, config) = try await connection.resolve(environment: environment)
        }
        func isSet(_ name: String) -> Bool { ["1", "true", "yes"].contains((environment[name] ?? "").lowercased()) }
        // A read-only profile adds its own, unless --read-write (WriteAccess decides for every profile).
        var configuration = AppConfiguration(
            baseURL: resolved.baseURL, apiKey: resolved.apiKey,
            writeAccess: ConnectionResolver.writeAccess(
                readOnlyFlag: readOnly, readWrite: readWrite, environment: environment),
            demo: demo, initialTarget: initialTarget, logFile: logFile,
            stateDirectory: demo
                ? StatePaths.demoDirectory(environment: environment) : StatePaths.directory(environment: environment),
            environment: environment)
        configuration.profile = resolved.profile
        configuration.keySource = resolved.keySource
        configuration.profiles = config?.profiles ?? []
        // The demo reads no connection from the config, but takes its keys and colours.
        let preferences = demo ? try? ConnectionOptions.loadConfig(environment: environment) : config
        // Said on stderr already, which the browser's screen then covers: the band repeats them.
        configuration.notices =
            (config?.warnings ?? []) + Preferences.apply(preferences, warn: ConnectionOptions.warn) + resolved.notices
        configuration.trustRoots = resolved.trustRoots
        configuration.proxy = resolved.proxy
        configuration.audit = resolved.audit
        configuration.connectionFlags = connection.flags
        configuration.reason = audit.givenReason
        configuration.auditLog = audit.auditLogPath(environment: environment)
        configuration.mouse = !(noMouse || isSet("NP6_NO_MOUSE"))
        return configuration
    }

    func run() async throws {
        var configuration = try await makeConfiguration()
        var demoServer: DemoServer?
        if demo {
            try BrowserApp.requireTerminal(environment: configuration.environment)
            let server = try await DemoServer.start()
            demoServer = server
            configuration.baseURL = server.baseURL
            configuration.apiKey = server.apiKey
            if configuration.initialTarget == nil { configuration.initialTarget = .contact(.unicity("foobar")) }
        }
        let code: Int32
        do { code = try await BrowserApp.run(configuration) } catch {
            await demoServer?.stop()
            throw error
        }
        await demoServer?.stop()
        if code != 0 { throw ExitCode(code) }
    }
}
