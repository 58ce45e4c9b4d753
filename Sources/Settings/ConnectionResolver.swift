import FoundationEssentials
import Localization
import NP6

/// The one resolver of connection options, used by the browser and every subcommand. Each
/// setting comes from the first layer that has it: flags, then the environment (`NP6_PROFILE`,
/// `NP6_BASE_URL`, `NP6_API_KEY`), then the profile, then the defaults. A profile chosen with
/// `--profile` is itself a flag, so its base URL and key beat the environment's, as AWS's
/// `--profile` beats its credential variables.
public enum ConnectionResolver {
    public static let defaultBaseURL = "https://api-cm.np6.com"

    /// Who may write this session, for the browser and every subcommand alike: `--read-only` or
    /// `NP6_READ_ONLY` (which nothing lifts), `--read-write` (which lifts a profile's `read_only`).
    public static func writeAccess(readOnlyFlag: Bool, readWrite: Bool, environment: [String: String]) -> WriteAccess {
        let variable = ["1", "true", "yes"].contains((environment["NP6_READ_ONLY"] ?? "").lowercased())
        return WriteAccess(
            forcedBy: readOnlyFlag ? "--read-only" : variable ? "NP6_READ_ONLY" : nil, readWrite: readWrite)
    }

    /// What the command line said; nil where a flag was not given.
    public struct Flags: Sendable, Equatable {
        public var baseURL: String?
        public var keyFile: String?
        public var profile: String?
        public var caFile: String?
        public var proxy: String?
        /// `--no-proxy`: the environment's proxy variables are ignored.
        public var noProxy: Bool

        public init(
            baseURL: String? = nil, keyFile: String? = nil, profile: String? = nil, caFile: String? = nil,
            proxy: String? = nil, noProxy: Bool = false
        ) {
            (self.baseURL, self.keyFile, self.profile, self.caFile) = (baseURL, keyFile, profile, caFile)
            (self.proxy, self.noProxy) = (proxy, noProxy)
        }
    }

    /// Resolves everything, the key included. Every failure is a usage error.
    public static func resolve(
        _ flags: Flags, environment: [String: String], config: ProfileConfig?, needsKey: Bool = true
    ) async throws(UsageError) -> Connection {
        try await plan(flags, environment: environment, config: config).connect(
            environment: environment, needsKey: needsKey)
    }

    /// The layering alone: which base URL, which key source, which profile. Reads no key.
    public static func plan(_ flags: Flags, environment: [String: String], config: ProfileConfig?) throws(UsageError)
        -> ConnectionPlan
    {
        func nonEmpty(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let chosenByFlag = flags.profile != nil
        let profileName = flags.profile ?? nonEmpty("NP6_PROFILE") ?? config?.defaultProfile
        var profile: Profile?
        if let profileName {
            guard let config else {
                let origin = chosenByFlag ? "--profile" : "NP6_PROFILE"
                throw UsageError(
                    Message.profileWithoutConfig(
                        origin: origin, name: profileName, path: ConfigFile.path(environment: environment),
                        command: "`np6-subs config init`"
                    ).text())
            }
            profile = try config.requireProfile(profileName)
        }
        var notices: [String] = []

        // The base URL and who gave it, for a message about a bad one.
        let (baseURLText, baseURLOrigin): (String, String)
        if let flag = flags.baseURL {
            (baseURLText, baseURLOrigin) = (flag, "--base-url")
        } else if let profile, chosenByFlag {
            (baseURLText, baseURLOrigin) = (
                profile.baseURL ?? defaultBaseURL, Message.originProfile(name: profile.name).text()
            )
        } else if let variable = nonEmpty("NP6_BASE_URL") {
            (baseURLText, baseURLOrigin) = (variable, "NP6_BASE_URL")
            if let profile { notices.append(Message.baseURLOverrides(name: profile.name).text()) }
        } else {
            (baseURLText, baseURLOrigin) = (
                profile?.baseURL ?? defaultBaseURL,
                profile.map { Message.originProfile(name: $0.name).text() } ?? Message.originDefault.text()
            )
        }
        let baseURL: NP6BaseURL
        do { baseURL = try NP6BaseURL(baseURLText) } catch { throw UsageError("\(baseURLOrigin): \(error.message)") }

        var keySource: KeySource?
        var keyOrigin: String?
        if let keyFile = flags.keyFile {
            (keySource, keyOrigin) = (.file(keyFile), "--key-file")
        } else if let profile, chosenByFlag {
            (keySource, keyOrigin) = (profile.keySource, Message.originProfile(name: profile.name).text())
        } else if nonEmpty("NP6_API_KEY") != nil {
            (keySource, keyOrigin) = (.environment("NP6_API_KEY"), "NP6_API_KEY")
            // A profile whose key_env is NP6_API_KEY reads the same variable: nothing is overridden.
            if let profile, profile.keySource != .environment("NP6_API_KEY") {
                notices.append(
                    Message.apiKeyOverrides(name: profile.name, source: profile.keySource.kind).text())
            }
        } else if let profile {
            (keySource, keyOrigin) = (profile.keySource, Message.originProfile(name: profile.name).text())
        }
        let profileCA = profile.flatMap { chosen in chosen.caFile.map { ("profile \"\(chosen.name)\"'s ca_file", $0) } }
        let trustRoots = try trust(flags.caFile.map { ("--ca-file", $0) } ?? profileCA, environment)
        let explicitProxy =
            flags.proxy.map { ("--proxy", $0) }
            ?? profile.flatMap { chosen in chosen.proxy.map { ("profile \"\(chosen.name)\"'s proxy", $0) } }
        let proxy = try proxy(for: baseURL, explicit: explicitProxy, environment: flags.noProxy ? [:] : environment)
        return ConnectionPlan(
            baseURL: baseURL, keySource: keySource, keyOrigin: keyOrigin, profile: profile, notices: notices,
            trustRoots: trustRoots, proxy: proxy,
            audit: profile == nil ? config?.audit?.collector(production: false) : profile?.auditCollector)
    }

    /// The proxy for `baseURL`, with curl's rules: an explicit one (`--proxy`, the profile's),
    /// else `https_proxy`/`HTTPS_PROXY` for https (`http_proxy` for http: never the upper case,
    /// which a CGI request could set), else `ALL_PROXY`/`all_proxy`; then `NO_PROXY`/`no_proxy`
    /// may send the host direct. `--no-proxy` passes an empty environment.
    static func proxy(for baseURL: NP6BaseURL, explicit: (origin: String, url: String)?, environment: [String: String])
        throws(UsageError)
        -> ProxySettings?
    {
        func variable(_ names: [String]) -> (origin: String, url: String)? {
            for name in names { if let value = environment[name], !value.isEmpty { return (name, value) } }
            return nil
        }
        let names = baseURL.scheme == "https" ? ["https_proxy", "HTTPS_PROXY"] : ["http_proxy"]
        guard let chosen = explicit ?? variable(names) ?? variable(["ALL_PROXY", "all_proxy"]) else { return nil }
        if let list = variable(["NO_PROXY", "no_proxy"]), NoProxyList(list.url).bypasses(baseURL.host) { return nil }
        do { return try ProxySettings(url: chosen.url, origin: chosen.origin) } catch {
            throw UsageError(error.message)
        }
    }

    /// The trust roots added to the system's, OpenSSL's way: the flag or the profile's file,
    /// then `SSL_CERT_FILE` and each folder of `SSL_CERT_DIR` (colon-separated). Each must
    /// exist: a typo must not leave a private CA silently untrusted.
    static func trust(_ given: (origin: String, path: String)?, _ environment: [String: String]) throws(UsageError)
        -> [String]
    {
        var roots: [(origin: String, path: String)] = given.map { [$0] } ?? []
        if let file = environment["SSL_CERT_FILE"], !file.isEmpty { roots.append(("SSL_CERT_FILE", file)) }
        for folder in (environment["SSL_CERT_DIR"] ?? "").split(separator: ":") where !folder.isEmpty {
            roots.append(("SSL_CERT_DIR", String(folder)))
        }
        for root in roots where !FileManager.default.isReadableFile(atPath: root.path) {
            throw UsageError(Message.caUnreadable(origin: root.origin, path: root.path).text())
        }
        return roots.map(\.path)
    }

    /// A profile on its own, as the browser's profile picker switches to it: its base URL and its
    /// key, whatever the flags and the environment said at start. Start's `--ca-file`,
    /// `--proxy` and `--no-proxy` still hold: they say how this machine reaches any server.
    public static func plan(profile: Profile, flags: Flags = Flags(), environment: [String: String]) throws(UsageError)
        -> ConnectionPlan
    {
        let baseURL: NP6BaseURL
        do { baseURL = try NP6BaseURL(profile.baseURL ?? defaultBaseURL) } catch {
            throw UsageError("profile \"\(profile.name)\": \(error.message)")
        }
        let profileCA = profile.caFile.map { ("profile \"\(profile.name)\"'s ca_file", $0) }
        let explicitProxy =
            flags.proxy.map { ("--proxy", $0) } ?? profile.proxy.map { ("profile \"\(profile.name)\"'s proxy", $0) }
        return ConnectionPlan(
            baseURL: baseURL, keySource: profile.keySource, keyOrigin: Message.originProfile(name: profile.name).text(),
            profile: profile,
            notices: [],
            trustRoots: try trust(flags.caFile.map { ("--ca-file", $0) } ?? profileCA, environment),
            proxy: try proxy(for: baseURL, explicit: explicitProxy, environment: flags.noProxy ? [:] : environment),
            audit: profile.auditCollector)
    }
}
