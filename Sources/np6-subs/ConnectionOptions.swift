import ArgumentParser
import Essentials
import FoundationEssentials
import Localization
import NP6
import Settings

/// `--profile`, `--base-url` and `--key-file`: one option group for the browser and every
/// subcommand, read by one resolver (`ConnectionResolver`) over the config file.
struct ConnectionOptions: ParsableArguments {
    @Option(
        name: .customLong("profile"),
        help:
            ArgumentHelp(Message.helpConnectionProfile.text()),
        completion: .custom { _, _, prefix in profileNames(startingWith: prefix) })
    var profile: String?

    @Option(
        name: .customLong("base-url"),
        help:
            ArgumentHelp(Message.helpConnectionBaseURL.text())
    )
    var baseURL: String?

    @Option(
        name: .customLong("key-file"),
        help:
            ArgumentHelp(Message.helpConnectionKeyFile.text())
    )
    var keyFile: String?

    @Option(
        name: .customLong("ca-file"),
        help:
            ArgumentHelp(Message.helpConnectionCaFile.text())
    )
    var caFile: String?

    @Option(
        name: .customLong("proxy"),
        help:
            ArgumentHelp(Message.helpConnectionProxy.text())
    )
    var proxy: String?

    @Flag(
        name: .customLong("no-proxy"),
        help: ArgumentHelp(Message.helpConnectionNoProxy.text()))
    var noProxy = false

    /// The shells' completion of `--profile`: the config file's profile names (none when it is
    /// missing or malformed: completing must never print an error into the command line).
    static func profileNames(startingWith prefix: String) -> [String] {
        let config: ProfileConfig?
        do { config = try ConfigFile.load(environment: ProcessInfo.processInfo.environment) } catch { return [] }
        // Only names no shell expands are offered (the config refuses others; this holds even so).
        return (config?.profiles ?? []).map(\.name).filter { Profile.isSafeName($0) && $0.hasPrefix(prefix) }
    }

    var flags: ConnectionResolver.Flags {
        ConnectionResolver.Flags(
            baseURL: baseURL, keyFile: keyFile, profile: profile, caFile: caFile, proxy: proxy, noProxy: noProxy)
    }

    /// The config file (its warnings said on standard error) and the connection it layers to.
    func resolve(environment: [String: String], needsKey: Bool = true) async throws(UsageError) -> (
        Connection, ProfileConfig?
    ) {
        let config = try Self.loadConfig(environment: environment)
        let connection = try await ConnectionResolver.resolve(
            flags, environment: environment, config: config, needsKey: needsKey)
        for notice in connection.notices { Self.warn(notice) }
        return (connection, config)
    }

    /// The config file, if there is one; its warnings go to standard error.
    static func loadConfig(environment: [String: String]) throws(UsageError) -> ProfileConfig? {
        let config = try ConfigFile.load(environment: environment)
        for warning in config?.warnings ?? [] { warn(warning) }
        return config
    }

    static func warn(_ text: String) {
        try? FileOutput.standardError.write("np6-subs: warning: \(UntrustedText.sanitized(text))\n")
    }
}
