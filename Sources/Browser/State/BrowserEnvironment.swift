import NP6

/// Facts about this run that do not change while it runs.
public struct BrowserEnvironment: Sendable, Equatable {
    /// The API host as shown in the header, e.g. `api-cm.np6.com`.
    public let host: String
    /// Where requests go; a `curl` command copied from the menu names it.
    public let baseURL: NP6BaseURL
    public let readOnly: Bool
    public let demo: Bool
    /// The zone dates are shown in, with its summer-time rules.
    public let timeZone: LocalTimeZone
    /// `--reason`: why this session writes (a ticket number), offered in every confirmation.
    public let reason: String?

    public init(host: String, readOnly: Bool = false, demo: Bool = false, timeZone: LocalTimeZone = .utc, baseURL: NP6BaseURL? = nil, reason: String? = nil
    ) {
        self.host = host
        self.baseURL = baseURL ?? (try? NP6BaseURL("https://" + host)) ?? .production
        self.readOnly = readOnly
        self.demo = demo
        self.timeZone = timeZone
        self.reason = reason
    }
}
