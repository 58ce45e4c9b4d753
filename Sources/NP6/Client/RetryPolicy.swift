import Essentials
import FoundationEssentials

/// When a read is tried again. Writes are never retried: a DELETE that timed out may have been
/// carried out, and sending it twice hides that from the person who asked for it.
public struct RetryPolicy: Sendable {
    public var maximumAttempts: Int
    /// Statuses after which a GET is tried again.
    public var retryableStatuses: Set<Int>
    /// A Retry-After longer than this is not waited for: the error is shown instead.
    public var maximumRetryAfter: Duration
    public var initialBackoff: Duration
    public var maximumBackoff: Duration

    public init(
        maximumAttempts: Int = 3, retryableStatuses: Set<Int> = [429, 502, 503, 504],
        maximumRetryAfter: Duration = .seconds(60),
        initialBackoff: Duration = .milliseconds(250), maximumBackoff: Duration = .seconds(8)
    ) {
        self.maximumAttempts = maximumAttempts
        self.retryableStatuses = retryableStatuses
        self.maximumRetryAfter = maximumRetryAfter
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
    }

    public static let none = RetryPolicy(maximumAttempts: 1)

    /// Exponential backoff with equal jitter (AWS's name): half the backoff, plus a random share
    /// of the other half, so a wait in [backoff/2, backoff]. Full jitter would draw from
    /// [0, backoff] and may retry at once; a struggling server gets at least half the pause.
    public func backoff(afterAttempt attempt: Int) -> Duration {
        let exponent = Double(1 << min(max(attempt - 1, 0), 16))
        let ceiling = min(initialBackoff * exponent, maximumBackoff)
        return ceiling * Double.random(in: 0.5...1.0)
    }

    /// Parses a Retry-After value: delta-seconds or an HTTP date. Nil if unreadable.
    public static func retryAfterDelay(_ value: String, now: Date = Date()) -> Duration? {
        let trimmed = value.trimmingWhitespace()
        if let seconds = Int(trimmed), seconds >= 0 { return .milliseconds(clampingSeconds: Double(seconds)) }
        guard let date = httpDate(trimmed) else { return nil }
        return .milliseconds(clampingSeconds: date.timeIntervalSince(now))
    }

    /// An HTTP date (`Retry-After`, `Date`) in any of the three forms RFC 9110 allows.
    public static func httpDate(_ value: String) -> Date? {
        let trimmed = value.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) else { return nil }
        return HTTPDate.parse(trimmed)
    }
}
