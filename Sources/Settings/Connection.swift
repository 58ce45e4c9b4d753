import NP6

/// Where the API is and the key to use, resolved once for every command.
public struct Connection: Sendable {
    public let baseURL: NP6BaseURL
    /// Nil only when the command needs none (`--demo`, which brings its own sandbox and key).
    public let apiKey: APIKey?

    public init(baseURL: NP6BaseURL, apiKey: APIKey?) {
        self.baseURL = baseURL
        self.apiKey = apiKey
    }

    /// The key, for commands that cannot run without one.
    public func requiredKey() throws(UsageError) -> APIKey {
        guard let apiKey else { throw UsageError("no API key") }
        return apiKey
    }
}
