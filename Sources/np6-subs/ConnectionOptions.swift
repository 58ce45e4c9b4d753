import ArgumentParser
import Essentials
import Foundation
import NP6
import Settings

/// `--profile`, `--base-url` and `--key-file`: one option group for the browser and every
/// subcommand, read by one resolver (`ConnectionResolver`) over the config file.
struct ConnectionOptions: ParsableArguments {
    @Option(
        name: .customLong("profile"),
        help:
            """
            Use this profile of the config file (np6-subs profiles lists them). Default: NP6_PROFILE, else the \
            file's default_profile.
            """,
        completion: .custom { _, _, prefix in profileNames(startingWith: prefix) })
    var profile: String?

    @Option(
        name: .customLong("base-url"),
        help:
            """
            The NP6 API's base URL (https; http only on loopback). Default: NP6_BASE_URL, else the profile's, else \
            https://api-cm.np6.com.
            """
    )
    var baseURL: String?

    @Option(
        name: .customLong("key-file"),
        help:
            """
            Read the API key from this file; it must not be readable by group or others (chmod 600). Default: \
            NP6_API_KEY, else the profile's key source.
            """
    )
    var keyFile: String?

    @Option(
        name: .customLong("ca-file"),
        help:
            """
            Also trust the CA certificates in this PEM file (or folder), e.g. a network's private CA. Default: the \
            profile's ca_file; SSL_CERT_FILE and SSL_CERT_DIR add theirs.
            """
    )
    var caFile: String?

    @Option(
        name: .customLong("proxy"),
        help:
            """
            Go through this HTTP proxy, http://[USER:PASSWORD@]HOST:PORT (https in a CONNECT tunnel). Default: the \
            profile's proxy, else HTTPS_PROXY or ALL_PROXY, minus NO_PROXY.
            """
    )
    var proxy: String?

    @Flag(
        name: .customLong("no-proxy"),
        help: "Ignore the proxy variables of the environment (HTTPS_PROXY, ALL_PROXY, NO_PROXY…).")
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
