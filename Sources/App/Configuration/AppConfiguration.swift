import AuditTrail
import Browser
import NP6
import Settings

/// Everything the browser needs to start, gathered by the executable from flags and environment.
public struct AppConfiguration: Sendable {
    public var baseURL: NP6BaseURL
    /// Nil only in demo mode, where the sandbox's own key is used.
    public var apiKey: APIKey?
    /// Who may write (`--read-only`, `NP6_READ_ONLY`, `--read-write`), as `ConnectionResolver` decided.
    public var writeAccess: WriteAccess
    public var demo: Bool
    public var initialTarget: LookupTarget?
    public var logFile: String?
    public var stateDirectory: String
    public var environment: [String: String]
    /// Where the key was read, for the copy menu's `curl` command (nil: `$NP6_API_KEY`).
    public var keySource: KeySource?
    /// `--reason`: offered in every confirmation, recorded in the journal.
    public var reason: String?
    /// `--audit-log` / `NP6_AUDIT_LOG`: every journal line goes there too.
    public var auditLog: String?
    /// Mouse capture (off with `--no-mouse` / `NP6_NO_MOUSE`, so the terminal selects text).
    public var mouse = true
    /// The config profile the session starts on, if any.
    public var profile: Profile?
    /// Every profile of the config file, for the picker (`P`).
    public var profiles: [Profile] = []
    /// CA certificates trusted besides the system's (`--ca-file`, `ca_file`, `SSL_CERT_*`).
    public var trustRoots: [String] = []
    /// What the command line said of the connection: `P` keeps start's `--ca-file`, `--proxy`
    /// and `--no-proxy` for every profile it switches to.
    public var connectionFlags = ConnectionResolver.Flags()
    /// The HTTP proxy to go through, if one applies.
    public var proxy: ProxySettings?
    /// What the layering wants said (a variable overriding the profile), shown in a band at start.
    public var notices: [String] = []
    /// The team's audit collector (`audit:` in the config), if writes are audited there.
    public var audit: AuditCollector?

    public init(
        baseURL: NP6BaseURL, apiKey: APIKey?, writeAccess: WriteAccess, demo: Bool, initialTarget: LookupTarget?,
        logFile: String?,
        stateDirectory: String, environment: [String: String]
    ) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.writeAccess = writeAccess
        self.demo = demo
        self.initialTarget = initialTarget
        self.logFile = logFile
        self.stateDirectory = stateDirectory
        self.environment = environment
    }
}
