import App
import ArgumentParser
import Browser
import DemoServer
import Foundation
import Settings
import StateFolder

/// The interactive browser.
struct BrowseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse one NP6 contact's push-notification subscriptions, read their tokens, delete stale ones.",
        discussion: """
            The API key comes from --key-file PATH (a file only you can read) or the environment variable \
            NP6_API_KEY. There is no flag for the key itself, so it never shows in `ps` or in shell history.

            The base URL comes from --base-url, then NP6_BASE_URL, then the profile, then https://api-cm.np6.com.

            Profiles (one per account and environment) live in ~/.config/np6-subs/config.yaml: --profile NAME picks \
            one, P switches inside. See np6-subs profiles and np6-subs config init.

            Without a contact flag the program opens on the lookup prompt. Press ? inside for every key. Try it \
            without a key: np6-subs --demo
            """
    )

    @Option(help: "Open on the contact with this unicity (its business key, often an e-mail address).")
    var unicity: String?

    @Option(help: "Open on the contact with this hash.")
    var hash: String?

    @Option(name: .customLong("contact-id"), help: "Open on the contact with this id.")
    var contactID: String?

    @Option(
        name: .customLong("subscription-id"), help: "Open on the contact that owns this subscription, with it selected."
    )
    var subscriptionID: String?

    @OptionGroup var connection: ConnectionOptions

    @Flag(
        name: .customLong("read-only"),
        help: """
            Disable every write: deleting (d and D), undo (u) and marking rows for deletion (space). \
            Also NP6_READ_ONLY=1, and a profile's read_only: true.
            """)
    var readOnly = false

    @Flag(
        name: .customLong("read-write"),
        help: "Allow deleting for this session although the profile says read_only: true (the header says so).")
    var readWrite = false

    @Flag(
        help:
            "Run against a built-in sandbox of the NP6 API on 127.0.0.1, opened on its example contact. No key needed.")
    var demo = false

    @Option(
        name: .customLong("log-file"),
        help: "Write a debug log (requests, statuses, timings; the key redacted) to this file.")
    var logFile: String?

    @Flag(
        name: .customLong("no-mouse"),
        help:
            "Leave the mouse to the terminal, so that text can be selected without holding Shift. Also NP6_NO_MOUSE=1.")
    var noMouse = false

    @OptionGroup var audit: AuditOptions

    func validate() throws {
        if demo, connection.baseURL != nil || connection.profile != nil {
            let flag = connection.baseURL != nil ? "--base-url" : "--profile"
            throw ValidationError(
                """
                --demo runs its own sandbox on 127.0.0.1 and never sends anything to \(flag); drop one of the two \
                (to try a real server, drop --demo).
                """
            )
        }
        if readOnly, readWrite {
            throw ValidationError("--read-only and --read-write contradict each other; give one.")
        }
        let targets = [unicity, hash, contactID, subscriptionID].compactMap { $0 }
        if targets.count > 1 {
            throw ValidationError("Give at most one of --unicity, --hash, --contact-id, --subscription-id.")
        }
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
        // Said on stderr already, which the browser's screen then covers: the band repeats them.
        configuration.notices = (config?.warnings ?? []) + resolved.notices
        configuration.trustRoots = resolved.trustRoots
        configuration.proxy = resolved.proxy
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
