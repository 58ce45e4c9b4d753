/// A request as the sandbox sees it, independent of the HTTP server that carried it.
public struct SandboxRequest: Sendable {
    public var method: String
    public var path: String
    /// The raw query string, still percent-encoded, without the `?`.
    public var query: String?
    public var apiKey: String?
    public var userAgent: String?
    public var body: [UInt8]

    public init(
        method: String, path: String, query: String? = nil, apiKey: String? = nil, userAgent: String? = nil,
        body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.apiKey = apiKey
        self.userAgent = userAgent
        self.body = body
    }

    /// Query values decoded as a typical server does: `+` is a space, `%XX` a byte.
    func queryValue(_ name: String) -> String? {
        guard let query else { return nil }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0] == name else { continue }
            return PercentDecoding.formValue(String(parts[1]))
        }
        return nil
    }
}
