public struct HTTPExchangeResponse: Sendable {
    public var status: Int
    public var headers: [HTTPHeader]
    public var body: [UInt8]
    /// The protocol it came over, `HTTP/1.1` or `HTTP/2` (nil where the transport does not say).
    public var protocolVersion: String?
    /// The body's elements, validated while it arrived, when the request asked for a prescan and
    /// the body is a valid JSON array; nil otherwise (a transport need not prescan).
    public var prescannedElements: [NotedElement]?

    public init(status: Int, headers: [HTTPHeader], body: [UInt8], protocolVersion: String? = nil) {
        self.protocolVersion = protocolVersion
        self.status = status
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? {
        headers.first(where: { $0.name.lowercased() == name.lowercased() })?.value
    }
}
