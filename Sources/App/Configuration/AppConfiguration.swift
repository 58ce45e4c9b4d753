import Browser
import NP6

/// Everything the browser needs to start, gathered by the executable from flags and environment.
public struct AppConfiguration: Sendable {
    public var baseURL: NP6BaseURL
    /// Nil only in demo mode, where the sandbox's own key is used.
    public var apiKey: APIKey?
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
