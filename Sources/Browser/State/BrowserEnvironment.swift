/// Facts about this run that do not change while it runs.
public struct BrowserEnvironment: Sendable, Equatable {
    /// The API host as shown in the header, e.g. `api-cm.np6.com`.
    public let host: String
    public let readOnly: Bool
    public let demo: Bool
    /// Offset of local time from UTC, in seconds, for showing dates in local time.
    public let utcOffsetSeconds: Int

    public init(host: String, readOnly: Bool = false, demo: Bool = false, utcOffsetSeconds: Int = 0) {
        self.host = host
        self.readOnly = readOnly
        self.demo = demo
        self.utcOffsetSeconds = utcOffsetSeconds
    }
}
