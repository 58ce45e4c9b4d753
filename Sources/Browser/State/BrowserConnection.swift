import NP6

/// Which server and account the browser talks to now. It changes only when `P` switches
/// profiles, and everything recorded against the previous one (marks, undo, history) goes.
public struct BrowserConnection: Sendable, Equatable {
    /// Nil when no config profile is in use.
    public var profile: ProfileChoice?
    /// The API host as shown in the header, e.g. `api-cm.np6.com`.
    public var host: String
    /// Where requests go; a `curl` command copied from the menu names it.
    public var baseURL: NP6BaseURL
    public var readOnly: Bool
    /// `--read-write` lifted the profile's `read_only` for this session.
    public var readWriteOverride: Bool

    public init(
        profile: ProfileChoice? = nil, host: String, baseURL: NP6BaseURL, readOnly: Bool,
        readWriteOverride: Bool = false
    ) {
        self.profile = profile
        self.host = host
        self.baseURL = baseURL
        self.readOnly = readOnly
        self.readWriteOverride = readWriteOverride
    }

    /// Whether a delete here needs the production treatment: the band, the profile named and typed.
    public var isProduction: Bool { profile?.production ?? false }

    /// What a write here asks to type.
    public var confirmationPolicy: ConfirmationPolicy {
        ConfirmationPolicy(profile: profile?.name, production: isProduction)
    }
}
