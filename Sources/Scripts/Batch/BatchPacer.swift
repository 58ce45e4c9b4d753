import Foundation
import NP6

/// One pace for all of a batch's concurrent requests, from the rate-limit headers: a request
/// starts only while the window's remaining quota covers it and every request already in flight;
/// otherwise it waits for the window's reset. A 429 that gets through anyway closes the window
/// for everyone until its reset, so the run slows down instead of failing contacts.
/// (`NP6Client.pace` spreads one caller's requests; eight callers each spreading would send
/// eight times the rate.)
actor BatchPacer {
    /// What the window has left for requests not yet started (those in flight are taken off).
    private var remaining: Int?
    private var resetAt: Double?
    private var inFlight = 0
    /// Closed after a 429 until this time (seconds since 1970).
    private var closedUntil: Double?
    /// How much later than the announced reset to start again: the server's clock and ours differ.
    let margin: Double
    /// Requests that waited for a window, for the summary.
    private(set) var waits = 0

    init(margin: Double = 0.05) {
        self.margin = margin
    }

    /// Waits until `requests` more may start, then counts them in flight. Throws when cancelled.
    func acquire(_ requests: Int = 1) async throws {
        while true {
            let now = Date().timeIntervalSince1970
            if let closedUntil, now < closedUntil {
                waits += 1
                try await Task.sleep(for: .milliseconds(Int64(((closedUntil - now) * 1000).rounded(.up))))
                continue
            }
            closedUntil = nil
            if let remaining, let resetAt, now < resetAt + margin, remaining < requests {
                waits += 1
                try await Task.sleep(for: .milliseconds(Int64(((resetAt + margin - now) * 1000).rounded(.up))))
                // A new window: what it holds is known again from the next answer.
                if Date().timeIntervalSince1970 >= resetAt + margin { self.remaining = nil }
                continue
            }
            inFlight += requests
            if let remaining { self.remaining = remaining - requests }
            return
        }
    }

    /// Requests ended; `observed` is the rate limit the last answer reported, `rateLimited` whether one was a 429.
    func release(_ requests: Int = 1, observed: RateLimit?, rateLimited: Bool) {
        inFlight -= requests
        if let observed, let reportedRemaining = observed.remaining {
            // Answers overtake one another: keep the lowest count seen for the same window.
            if observed.resetAt == resetAt, let remaining { self.remaining = min(remaining, reportedRemaining - inFlight) } else {
                remaining = reportedRemaining - inFlight
            }
            resetAt = observed.resetAt
        }
        if rateLimited {
            let now = Date().timeIntervalSince1970
            closedUntil = max(closedUntil ?? now, (observed?.resetAt ?? now + 1) + margin)
        }
    }
}
