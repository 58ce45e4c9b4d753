import Browser
import NP6
import Settings

/// Everything the browser needs to start, gathered by the executable from flags and environment.
public struct AppConfiguration: Sendable {
    public var baseURL: NP6BaseURL
    /// Nil only in demo mode, where the sandbox's own key is used.
    public var apiKey: APIKey?
    /// `--read-only` or `NP6_READ_ONLY`; a profile's `read_only` is layered on by the browser.
    public var readOnly: Bool
    public var demo: Bool
    public var initialTarget: LookupTarget?
    public var logFile: String?
    public var stateDirectory: String
    public var environment: [String: String]
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
    /// The HTTP proxy to go through, if one applies.
    public var proxy: ProxySettings?
    /// What the layering wants said (a variable overriding the profile), shown in a band at start.
    public var notices: [String] = []
    /// `--read-write` lifts a profile's read_only for this session (the profiles switched to as
    /// well); the header says so.
    public var readWrite = false

    public init(
        baseURL: NP6BaseURL, apiKey: APIKey?, readOnly: Bool, demo: Bool, initialTarget: LookupTarget?, logFile: String?,
        stateDirectory: String, environment: [String: String]
    ) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.readOnly = readOnly
        self.demo = demo
        self.initialTarget = initialTarget
        self.logFile = logFile
        self.stateDirectory = stateDirectory
        self.environment = environment
    }
}
