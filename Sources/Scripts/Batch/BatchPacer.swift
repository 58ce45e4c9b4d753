import Foundation
import NP6

/// One pace for all of a batch's concurrent requests, from the rate-limit headers: a request
/// starts only while the window's remaining quota covers it and every request already in flight;
/// otherwise it waits for the window's end. A 429 that gets through anyway closes the pacer for
/// everyone until the announced reset, so the run slows down instead of failing contacts.
/// (`NP6Client.pace` spreads one caller's requests; eight callers each spreading would send
/// eight times the rate.)
///
/// The end of a window: `X-RateLimit-Reset` in whole epoch seconds is rounded up, so with a
/// one-second window that starts at the first request, waiting for it idles up to a second per
/// window (half the throughput). So the pacer also learns the window's length, in whole seconds,
/// from the first answer of a window it opened (the reset minus when that request left, rounded
/// down: never less than the true length), and waits until that answer's arrival plus the length,
/// which cannot be before the window's true end. It learns only from a window it opened itself,
/// after waiting out the one before; after a 429 it trusts only the announced reset.
actor BatchPacer {
    /// What the window has left for requests not yet started (those in flight are taken off).
    private var remaining: Int?
    private var resetAt: Double?
    private var inFlight = 0
    /// Closed after a 429 until this time (seconds since 1970).
    private var closedUntil: Double?
    /// How much later than the window's end to start again: clocks and transit differ.
    let margin: Double

    /// The window this pacer opened: when its first request left, when the first answer came.
    private var windowOpenedAt: Double?
    private var windowFirstAnswerAt: Double?
    /// Set once a window was waited out: the next request then surely opens the next one (the
    /// first window may have been opened earlier, by someone else's requests).
    private var opensWindow = false
    /// The window's length as learned, in whole seconds.
    private var windowLength: Double?
    private var learning = true
    /// Until the first answer, one request at a time: the quota may be nearly spent already.
    private var answered = false

    init(margin: Double = 0.02) {
        self.margin = margin
    }

    /// Waits until `requests` more may start, then counts them in flight. Throws when cancelled.
    func acquire(_ requests: Int = 1) async throws {
        while true {
            let now = Date().timeIntervalSince1970
            if let closedUntil, now < closedUntil {
                try await Task.sleep(for: .milliseconds(Int64(((closedUntil - now) * 1000).rounded(.up))))
                continue
            }
            closedUntil = nil
            if !answered, inFlight > 0 {
                try await Task.sleep(for: .milliseconds(5))
                continue
            }
            if let remaining, let resetAt, remaining < requests {
                let end = windowEnd(announced: resetAt)
                if now < end {
                        try await Task.sleep(for: .milliseconds(Int64(((end - now) * 1000).rounded(.up))))
                    if Date().timeIntervalSince1970 >= end { startNewWindow() }
                    continue
                }
                startNewWindow()
            }
            if opensWindow {
                opensWindow = false
                windowOpenedAt = now
                windowFirstAnswerAt = nil
            }
            inFlight += requests
            if let remaining { self.remaining = remaining - requests }
            return
        }
    }

    /// Requests ended; `observed` is the rate limit the last answer reported, `rateLimited` whether one was a 429.
    func release(_ requests: Int = 1, observed: RateLimit?, rateLimited: Bool) {
        inFlight -= requests
        answered = true
        let now = Date().timeIntervalSince1970
        if let observed, let reported = observed.remaining {
            if let current = resetAt, let announced = observed.resetAt, announced < current {
                // An answer of an earlier window, overtaken by those of the new one: nothing new.
            } else {
                if observed.resetAt == resetAt, let remaining { self.remaining = min(remaining, reported - inFlight) } else {
                    remaining = reported - inFlight
                }
                resetAt = observed.resetAt
                learn(from: observed, now: now)
            }
        }
        if rateLimited {
            learning = false
            closedUntil = max(closedUntil ?? now, (observed?.resetAt ?? now + 1) + margin)
        }
    }

    /// The first answer of a window this pacer opened says how long the window is.
    private func learn(from observed: RateLimit, now: Double) {
        guard learning, windowFirstAnswerAt == nil, let opened = windowOpenedAt, let announced = observed.resetAt, announced > opened else { return }
        windowFirstAnswerAt = now
        // Only a reset in whole seconds is rounded; a fractional one is the true end already.
        guard announced == announced.rounded() else { return }
        let length = (announced - opened).rounded(.down)
        if length >= 1 { windowLength = min(windowLength ?? length, length) }
    }

    /// When the quota is back: the announced reset, or sooner when the learned length says so.
    private func windowEnd(announced: Double) -> Double {
        var end = announced + margin
        if learning, let length = windowLength, let firstAnswer = windowFirstAnswerAt, firstAnswer + length < announced {
            end = min(end, firstAnswer + length + margin)
        }
        return end
    }

    private func startNewWindow() {
        remaining = nil
        opensWindow = true
    }
}
