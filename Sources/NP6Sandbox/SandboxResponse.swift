public struct SandboxResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]
    /// Wait this long before answering (the `fault-slow` contact).
    public var delay: Duration?
    /// Send the status line and the body, then break the connection instead of ending the body
    /// (the `fault-broken-answer` contact).
    public var breaksOff = false
    /// The rate-limit headers to send instead of the window's (the `fault-far-reset` contact).
    var quotaOverride: (remaining: Int, resetAt: Double)?

    init(status: Int, headers: [(String, String)] = [], body: [UInt8] = [], delay: Duration? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
    }

    static func json(_ status: Int, _ body: [UInt8]) -> SandboxResponse {
        SandboxResponse(status: status, headers: [("Content-Type", "application/json")], body: body)
    }

    /// A 200 whose body stops halfway: the connection breaks after the status line.
    static var brokenOff: SandboxResponse {
        var answer = json(200, Array("{\"status\": \"dele".utf8))
        answer.breaksOff = true
        return answer
    }

    static func error(_ status: Int, _ message: String) -> SandboxResponse {
        json(status, Array("{\"status\": \(status), \"message\": \"\(message)\"}".utf8))
    }
}
