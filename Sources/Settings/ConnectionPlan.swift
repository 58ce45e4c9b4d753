import AuditTrail
import NP6

/// What the layering decided, before any key is read: the base URL, where the key will come
/// from, and the profile. `doctor` reads it to check each step on its own.
public struct ConnectionPlan: Sendable {
    public let baseURL: NP6BaseURL
    /// Nil when nothing names a key.
    public let keySource: KeySource?
    /// Who named the key source: `--key-file`, `NP6_API_KEY`, `profile "staging"`.
    public let keyOrigin: String?
    public let profile: Profile?
    public let notices: [String]
    /// CA certificates trusted besides the system's, every one an existing path.
    public let trustRoots: [String]
    /// The proxy for this server, after `NO_PROXY`; nil to connect directly.
    public let proxy: ProxySettings?
    /// The team's audit collector for this session's writes, if the config names one.
    public let audit: AuditCollector?

    public init(
        baseURL: NP6BaseURL, keySource: KeySource?, keyOrigin: String?, profile: Profile?, notices: [String],
        trustRoots: [String], proxy: ProxySettings?, audit: AuditCollector? = nil
    ) {
        (self.baseURL, self.keySource, self.keyOrigin, self.profile) = (baseURL, keySource, keyOrigin, profile)
        (self.notices, self.trustRoots, self.proxy, self.audit) = (notices, trustRoots, proxy, audit)
    }

    /// Reads the key (running the profile's command if it has one) and completes the connection.
    public func connect(
        environment: [String: String], needsKey: Bool = true, commandTimeout: Duration = KeyCommand.defaultTimeout
    ) async throws(UsageError) -> Connection {
        guard needsKey else {
            return Connection(
                baseURL: baseURL, apiKey: nil, profile: profile, keyOrigin: nil, notices: notices,
                trustRoots: trustRoots, proxy: proxy, audit: audit)
        }
        guard let keySource, let keyOrigin else { throw UsageError(KeyLoader.noKeyMessage) }
        let key = try await KeyLoader.load(
            keySource, origin: keyOrigin, environment: environment, commandTimeout: commandTimeout)
        return Connection(
            baseURL: baseURL, apiKey: key, profile: profile, keyOrigin: keyOrigin, keySource: keySource,
            notices: notices,
            trustRoots: trustRoots, proxy: proxy, audit: audit)
    }
}
