public struct SandboxResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]
    /// Wait this long before answering (the `fault-slow` contact).
    public var delay: Duration?

    init(status: Int, headers: [(String, String)] = [], body: [UInt8] = [], delay: Duration? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
    }

    static func json(_ status: Int, _ body: [UInt8]) -> SandboxResponse {
        SandboxResponse(status: status, headers: [("Content-Type", "application/json")], body: body)
    }

    static func error(_ status: Int, _ message: String) -> SandboxResponse {
        json(status, Array("{\"status\": \(status), \"message\": \"\(message)\"}".utf8))
    }
}
