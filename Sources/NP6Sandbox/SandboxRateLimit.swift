/// The sandbox's rate limit: at most `requests` per fixed window of `window` seconds, as NP6's
/// "Good to know" describes (past it, 429). Every answer carries `X-RateLimit-Limit`,
/// `X-RateLimit-Remaining` and `X-RateLimit-Reset` (epoch seconds of the window's end).
public struct SandboxRateLimit: Sendable, Equatable {
    public var requests: Int
    public var window: Double

    /// Generous enough that no test meets it unless it asks for a limit of its own.
    public static let standard = SandboxRateLimit(requests: 10_000, window: 60)

    public init(requests: Int, window: Double) {
        self.requests = requests
        self.window = window
    }

    /// `N/60s` (or `N/60`): N requests per 60 seconds.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, let requests = Int(parts[0]), requests > 0 else { return nil }
        var seconds = Substring(parts[1])
        if seconds.hasSuffix("s") { seconds = seconds.dropLast() }
        guard let window = Double(seconds), window > 0, window.isFinite else { return nil }
        self.init(requests: requests, window: window)
    }

    /// The window a request falls in and what is left of it.
    struct Window: Sendable {
        var start: Double
        var used: Int

        /// Counts a request at `now`; whether it is within the limit, what remains, when it resets.
        mutating func admit(at now: Double, _ limit: SandboxRateLimit) -> (
            allowed: Bool, remaining: Int, resetAt: Double
        ) {
            if now >= start + limit.window || now < start { (start, used) = (now, 0) }
            let allowed = used < limit.requests
            if allowed { used += 1 }
            return (allowed, max(0, limit.requests - used), start + limit.window)
        }
    }
}
