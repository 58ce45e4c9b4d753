import Essentials

/// What an answer's `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` say.
/// NP6 documents the headers but not their format: the reset is read as epoch seconds, or as
/// seconds from now when it is small (np6-api.md, "Rate limits").
public struct RateLimit: Sendable, Equatable {
    public var limit: Int?
    public var remaining: Int?
    /// When the window resets, in seconds since 1970.
    public var resetAt: Double?

    public init(limit: Int? = nil, remaining: Int? = nil, resetAt: Double? = nil) {
        self.limit = limit
        self.remaining = remaining
        self.resetAt = resetAt
    }

    /// Values below this are "seconds from now": no epoch time is that small (it is 1970 plus
    /// four months).
    static let smallestEpoch = 10_000_000.0

    /// The headers of one answer, or nil when it has none of the three.
    public init?(headers: [HTTPHeader], now: Double) {
        func number(_ name: String) -> Double? {
            headers.first { $0.name.lowercased() == name }.flatMap { Double($0.value.trimmingWhitespace()) }.flatMap {
                $0.isFinite && $0 >= 0 ? $0 : nil
            }
        }
        let limit = number("x-ratelimit-limit")
        let remaining = number("x-ratelimit-remaining")
        let reset = number("x-ratelimit-reset")
        guard limit != nil || remaining != nil || reset != nil else { return nil }
        self.limit = limit.map { Int(min($0, Double(Int32.max))) }
        self.remaining = remaining.map { Int(min($0, Double(Int32.max))) }
        // A reset further away than the longest wait is read as that far: no window lasts a day,
        // and a huge number must not become a wait that never ends (or an integer that traps).
        let longest = Duration.longestComputedWait.seconds
        self.resetAt = reset.map { min($0 < Self.smallestEpoch ? now + $0 : $0, now + longest) }
    }

    /// Less than a fifth of the window left: worth showing before it runs out.
    public var isLow: Bool {
        guard let limit, let remaining, limit > 0 else { return false }
        return remaining * 5 < limit
    }

    /// `7/1,000 left`.
    public var text: String {
        guard let remaining else { return "" }
        return CountText.grouped(remaining) + (limit.map { "/" + CountText.grouped($0) } ?? "") + " left"
    }

    /// Seconds until the window resets (0 when it has or when nobody said).
    public func secondsUntilReset(now: Double) -> Double {
        max(0, (resetAt ?? now) - now)
    }

    /// How long to wait before the next of `requests` more requests so as not to run into a 429:
    /// nothing while the quota covers them; the rest of the window when none is left; otherwise
    /// the window's remaining time spread over what is left.
    public func pause(beforeRequests requests: Int, now: Double) -> Duration {
        guard let remaining, requests > 0 else { return .zero }
        let untilReset = secondsUntilReset(now: now)
        if remaining >= requests || untilReset == 0 { return .zero }
        if remaining <= 0 { return .milliseconds(clampingSeconds: untilReset) }
        return .milliseconds(clampingSeconds: untilReset / Double(remaining))
    }
}
