import AuditTrail
import NP6

/// Where the API is, the key to use and the profile they came from, resolved once for every
/// command.
public struct Connection: Sendable {
    public let baseURL: NP6BaseURL
    /// Nil only when the command needs none (`--demo`, which brings its own sandbox and key).
    public let apiKey: APIKey?
    /// The profile in use, if any: its name goes into the header and the journal.
    public let profile: Profile?
    /// Where the key came from, in words (`--key-file`, `NP6_API_KEY`, `profile "staging"`).
    public let keyOrigin: String?
    /// Where the key was read: a copied `curl` command reads it the same way.
    public let keySource: KeySource?
    /// Worth saying on standard error (or in a banner): the environment overriding a profile.
    public let notices: [String]
    /// CA certificates trusted besides the system's (`--ca-file` or the profile's `ca_file`,
    /// `SSL_CERT_FILE`, `SSL_CERT_DIR`).
    public let trustRoots: [String]
    /// The HTTP proxy requests go through, if one applies to this server.
    public let proxy: ProxySettings?
    /// The team's audit collector for this session's writes, if the config names one.
    public let audit: AuditCollector?

    public init(
        baseURL: NP6BaseURL, apiKey: APIKey?, profile: Profile? = nil, keyOrigin: String? = nil,
        keySource: KeySource? = nil, notices: [String] = [], trustRoots: [String] = [], proxy: ProxySettings? = nil,
        audit: AuditCollector? = nil
    ) {
        self.audit = audit
        self.keySource = keySource
        self.trustRoots = trustRoots
        self.proxy = proxy
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.profile = profile
        self.keyOrigin = keyOrigin
        self.notices = notices
    }

    /// The client's settings for this connection: its server and its trust.
    public var clientConfiguration: NP6Client.Configuration {
        NP6Client.Configuration(baseURL: baseURL, additionalTrustRoots: trustRoots, proxy: proxy)
    }

    /// The key, for commands that cannot run without one.
    public func requiredKey() throws(UsageError) -> APIKey {
        guard let apiKey else { throw UsageError("no API key") }
        return apiKey
    }
}
