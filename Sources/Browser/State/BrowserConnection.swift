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
    /// A shell expression that reads the key as this session did (`$NP6_STAGING_KEY`,
    /// `$(cat FILE)`, `$(pass show np6/prod)`): a copied `curl` command works when pasted, and
    /// never holds the key.
    public var keyExpression: String

    /// What a copied command says when nothing better is known.
    public static let defaultKeyExpression = "$NP6_API_KEY"

    public init(
        profile: ProfileChoice? = nil, host: String, baseURL: NP6BaseURL, readOnly: Bool,
        readWriteOverride: Bool = false, keyExpression: String = BrowserConnection.defaultKeyExpression
    ) {
        self.keyExpression = keyExpression
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
