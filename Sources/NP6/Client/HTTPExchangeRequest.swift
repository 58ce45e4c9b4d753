public struct HTTPExchangeRequest: Sendable {
    public var method: String
    public var url: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]?
    /// Set for an answer that should be a JSON array: the transport may validate its elements as
    /// they arrive, noting these members (`HTTPExchangeResponse.prescannedElements`).
    public var prescan: NotedKeys?

    public init(method: String, url: String, headers: [HTTPHeader], body: [UInt8]? = nil, prescan: NotedKeys? = nil) {
        self.prescan = prescan
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? {
        headers.first(where: { $0.name.lowercased() == name.lowercased() })?.value
    }
}
