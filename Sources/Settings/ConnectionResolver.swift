import NP6

/// The one resolver of connection options, used by the browser and every subcommand: flags,
/// then the environment, then the defaults. Profiles plug in here, between the environment and
/// the defaults.
public enum ConnectionResolver {
    public static let defaultBaseURL = "https://api-cm.np6.com"

    /// What the command line said; nil where a flag was not given.
    public struct Flags: Sendable, Equatable {
        public var baseURL: String?
        public var keyFile: String?

        public init(baseURL: String? = nil, keyFile: String? = nil) { (self.baseURL, self.keyFile) = (baseURL, keyFile) }
    }

    /// Resolves the base URL (`--base-url`, `NP6_BASE_URL`, the production server) and, when
    /// `needsKey`, the key (`--key-file`, `NP6_API_KEY`). Every failure is a usage error.
    public static func resolve(_ flags: Flags, environment: [String: String], needsKey: Bool = true) throws(UsageError) -> Connection {
        let text = flags.baseURL ?? environment["NP6_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultBaseURL
        let baseURL: NP6BaseURL
        do { baseURL = try NP6BaseURL(text) } catch { throw UsageError(error.message) }
        let key = needsKey ? try KeyLoader.load(keyFile: flags.keyFile, environment: environment) : nil
        return Connection(baseURL: baseURL, apiKey: key)
    }
}
