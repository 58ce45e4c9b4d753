/// What the sandbox received, for tests that assert on what reached the server.
public struct SandboxLogEntry: Sendable, Equatable {
    public var method: String
    public var path: String
    public var query: String?
    public var authorized: Bool
    public var userAgent: String?
    public var status: Int
}
