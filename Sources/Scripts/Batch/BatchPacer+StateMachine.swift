import NP6

extension BatchPacer {
    /// The pacer's rules as a plain value, in the manner of async-http-client's request state
    /// machines: events in (a request wants to start, an answer with its headers, a 429, a
    /// wait's end), decisions out (send, wait until a time, wait for an answer). It reads no clock
    /// and never sleeps: the time comes with every event, so tests drive it with numbers.
    ///
    /// The end of a window: `X-RateLimit-Reset` in whole epoch seconds is rounded up, so with a
    /// one-second window that starts at the first request, waiting for it idles up to a second
    /// per window (half the throughput). So the machine also learns the window's length, in whole
    /// seconds, from the first answer of a window it opened (the reset minus when that request
    /// left, rounded down: never less than the true length), and waits until that answer's arrival
    /// plus the length, which cannot be before the window's true end. It learns only from a window
    /// it opened itself, after waiting out the one before; after a 429 it trusts only the
    /// announced reset.
    struct StateMachine: Sendable {
        enum Decision: Sendable, Equatable {
            /// Go: the requests are counted in flight.
            case send
            /// Ask again at this time (seconds since 1970): the quota is spent, or a 429 closed it.
            case wait(until: Double)
            /// Ask again when an answer comes: until the first answer, one request at a time,
            /// since the quota may be nearly spent already.
            case waitForAnswer
        }

        /// How much later than the window's end to start again: clocks and transit differ.
        let margin: Double
        /// The longest wait one answer can impose, in seconds: a reset announced further ahead
        /// (31 years, once) is read as this far, so a batch tries again instead of sleeping until
        /// it is killed. The server's next answer says whether the quota is back.
        let maximumWait: Double
        /// Requests started and not yet answered.
        private(set) var inFlight = 0
        /// What the window has left for requests not yet started (those in flight are taken off).
        private(set) var remaining: Int?
        private(set) var resetAt: Double?
        /// Closed after a 429 until this time (seconds since 1970).
        private(set) var closedUntil: Double?
        /// The window's length as learned, in whole seconds.
        private(set) var windowLength: Double?
        /// The window this machine opened: when its first request left, when the first answer came.
        private var windowOpenedAt: Double?
        private var windowFirstAnswerAt: Double?
        /// Set once a window was waited out: the next request then surely opens the next one (the
        /// first window may have been opened earlier, by someone else's requests).
        private var opensWindow = false
        private var learning = true
        private var answered = false

        init(margin: Double, maximumWait: Double = 300) {
            self.margin = margin
            self.maximumWait = maximumWait
        }

        /// The rate limit as the machine believes it: a reset no further than `maximumWait`.
        private func bounded(_ observed: RateLimit?, now: Double) -> RateLimit? {
            guard var observed, let reset = observed.resetAt, reset > now + maximumWait else { return observed }
            observed.resetAt = now + maximumWait
            return observed
        }

        /// `requests` want to start at `now`.
        mutating func requestWanted(_ requests: Int, now: Double) -> Decision {
            if let closedUntil, now < closedUntil { return .wait(until: closedUntil) }
            closedUntil = nil
            if !answered, inFlight > 0 { return .waitForAnswer }
            if let remaining, let resetAt, remaining < requests {
                let end = windowEnd(announced: resetAt)
                if now < end { return .wait(until: end) }
                startNewWindow()
            }
            if opensWindow {
                opensWindow = false
                windowOpenedAt = now
                windowFirstAnswerAt = nil
            }
            inFlight += requests
            if let remaining { self.remaining = remaining - requests }
            return .send
        }

        /// A wait the machine asked for has ended at `now`: a closure past its time opens, and a
        /// window past its end gives way to the next.
        mutating func tick(now: Double) {
            if let closedUntil, now >= closedUntil { self.closedUntil = nil }
            if remaining != nil, let resetAt, now >= windowEnd(announced: resetAt) { startNewWindow() }
        }

        /// `requests` ended at `now`; `observed` is the rate limit the last answer reported.
        mutating func answered(_ requests: Int, observed reported: RateLimit?, now: Double) {
            let observed = bounded(reported, now: now)
            inFlight -= requests
            answered = true
            guard let observed, let reported = observed.remaining else { return }
            // An answer of an earlier window, overtaken by those of the new one: nothing new.
            if let current = resetAt, let announced = observed.resetAt, announced < current { return }
            if observed.resetAt == resetAt, let remaining {
                self.remaining = min(remaining, reported - inFlight)
            } else {
                remaining = reported - inFlight
            }
            resetAt = observed.resetAt
            learn(from: observed, now: now)
        }

        /// A 429 got through anyway: closed for everyone until the announced reset (or a second),
        /// and from now on only the announced reset is trusted.
        mutating func rateLimited(_ requests: Int, observed reported: RateLimit?, now: Double) {
            let observed = bounded(reported, now: now)
            answered(requests, observed: observed, now: now)
            learning = false
            closedUntil = max(closedUntil ?? now, (observed?.resetAt ?? now + 1) + margin)
        }

        /// The first answer of a window this machine opened says how long the window is.
        private mutating func learn(from observed: RateLimit, now: Double) {
            guard learning, windowFirstAnswerAt == nil, let opened = windowOpenedAt, let announced = observed.resetAt,
                announced > opened
            else { return }
            windowFirstAnswerAt = now
            // Only a reset in whole seconds is rounded; a fractional one is the true end already.
            guard announced == announced.rounded() else { return }
            let length = (announced - opened).rounded(.down)
            if length >= 1 { windowLength = min(windowLength ?? length, length) }
        }

        /// When the quota is back: the announced reset, or sooner when the learned length says so.
        func windowEnd(announced: Double) -> Double {
            var end = announced + margin
            if learning, let length = windowLength, let firstAnswer = windowFirstAnswerAt,
                firstAnswer + length < announced
            {
                end = min(end, firstAnswer + length + margin)
            }
            return end
        }

        private mutating func startNewWindow() {
            remaining = nil
            opensWindow = true
        }
    }
}
