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
    /// Who may write: `--read-only`/`NP6_READ_ONLY`, `--read-write`, as the resolver decided.
    public let writeAccess: WriteAccess

    /// `writeAccess` decides for the starting `profile` and for every profile switched to.
    public init(
        host: String, writeAccess: WriteAccess = WriteAccess(), demo: Bool = false, timeZone: LocalTimeZone = .utc,
        baseURL: NP6BaseURL? = nil, reason: String? = nil, profile: ProfileChoice? = nil,
        profiles: [ProfileChoice] = [],
        keyExpression: String = BrowserConnection.defaultKeyExpression
    ) {
        let access = writeAccess.decision(profile: profile?.name, profileReadOnly: profile?.readOnly ?? false)
        initialConnection = BrowserConnection(
            profile: profile, host: host, baseURL: baseURL ?? (try? NP6BaseURL("https://" + host)) ?? .production,
            readOnly: !access.mayWrite, readWriteOverride: access == .allowedOverridingProfile,
            keyExpression: keyExpression)
        self.writeAccess = writeAccess
        self.demo = demo
        self.timeZone = timeZone
        self.reason = reason
        self.profiles = profiles
    }

    /// What a switch to `profile` makes of the session's read-only setting.
    public func connection(
        for profile: ProfileChoice, baseURL: NP6BaseURL,
        keyExpression: String = BrowserConnection.defaultKeyExpression
    ) -> BrowserConnection {
        let access = writeAccess.decision(profile: profile.name, profileReadOnly: profile.readOnly)
        return BrowserConnection(
            profile: profile, host: profile.host, baseURL: baseURL, readOnly: !access.mayWrite,
            readWriteOverride: access == .allowedOverridingProfile, keyExpression: keyExpression)
    }
}
