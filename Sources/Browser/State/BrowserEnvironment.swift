import NP6

/// Facts about this run that do not change while it runs.
public struct BrowserEnvironment: Sendable, Equatable {
    /// The API host as shown in the header, e.g. `api-cm.np6.com`.
    public let host: String
    public let readOnly: Bool
    public let demo: Bool
    /// The zone dates are shown in, with its summer-time rules.
    public let timeZone: LocalTimeZone

    public init(host: String, readOnly: Bool = false, demo: Bool = false, timeZone: LocalTimeZone = .utc) {
        self.host = host
        self.readOnly = readOnly
        self.demo = demo
        self.timeZone = timeZone
    }
}
