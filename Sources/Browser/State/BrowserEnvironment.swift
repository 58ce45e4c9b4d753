import NP6

/// Facts about this run that do not change while it runs.
public struct BrowserEnvironment: Sendable, Equatable {
    /// The connection the session starts on (`BrowserState.connection` is the current one).
    public let initialConnection: BrowserConnection
    public let demo: Bool
    /// The zone dates are shown in, with its summer-time rules.
    public let timeZone: LocalTimeZone
    /// `--reason`: why this session writes (a ticket number), offered in every confirmation.
    public let reason: String?
    /// The config file's profiles, for the picker (`P`); empty without a config file.
    public let profiles: [ProfileChoice]
    /// `--read-only` or `NP6_READ_ONLY`: read-only whatever profile is switched to.
    public let forcedReadOnly: Bool
    /// `--read-write`: lifts `read_only` of every profile switched to, for this session.
    public let readWrite: Bool

    /// `readOnly`: `--read-only` or `NP6_READ_ONLY`; a read-only `profile` adds its own unless
    /// `readWrite`.
    public init(
        host: String, readOnly: Bool = false, demo: Bool = false, timeZone: LocalTimeZone = .utc, baseURL: NP6BaseURL? = nil, reason: String? = nil,
        profile: ProfileChoice? = nil, profiles: [ProfileChoice] = [], readWrite: Bool = false
    ) {
        let profileReadOnly = profile?.readOnly ?? false
        initialConnection = BrowserConnection(
            profile: profile, host: host, baseURL: baseURL ?? (try? NP6BaseURL("https://" + host)) ?? .production,
            readOnly: readOnly || (profileReadOnly && !readWrite), readWriteOverride: readWrite && profileReadOnly && !readOnly)
        self.demo = demo
        self.timeZone = timeZone
        self.reason = reason
        self.profiles = profiles
        forcedReadOnly = readOnly
        self.readWrite = readWrite
    }

    /// What a switch to `profile` makes of the session's read-only setting.
    public func connection(for profile: ProfileChoice, baseURL: NP6BaseURL) -> BrowserConnection {
        BrowserConnection(
            profile: profile, host: profile.host, baseURL: baseURL, readOnly: forcedReadOnly || (profile.readOnly && !readWrite),
            readWriteOverride: readWrite && profile.readOnly && !forcedReadOnly)
    }
}
