import NP6

/// One pace for all of a batch's concurrent requests, from the rate-limit headers: a request
/// starts only while the window's remaining quota covers it and every request already in flight;
/// otherwise it waits for the window's end. A 429 that gets through anyway closes the pacer for
/// everyone until the announced reset, so the run slows down instead of failing contacts.
/// (`NP6Client.pace` spreads one caller's requests; eight callers each spreading would send
/// eight times the rate.)
///
/// The rules are `StateMachine`'s; this actor only carries out its decisions: it sleeps on the
/// injected clock until a time, or suspends a request until the next answer (no polling).
actor BatchPacer {
    private var machine: StateMachine
    private let clock: any PacerClock
    /// Requests waiting for the next answer, by a number of their own (for cancellation).
    private var answerWaiters: [Int: CheckedContinuation<Void, any Error>] = [:]
    private var nextWaiter = 0
    /// Told when a wait of two seconds or more starts and once a second while it lasts (the
    /// time it ends), then nil when it is over: the progress line shows a countdown.
    private let onWait: (@Sendable (Double?) -> Void)?
    /// Set by the first Ctrl-C of a run: requests still waiting to start give up.
    private var stopped = false

    init(
        margin: Double = 0.02, maximumWait: Double = 300, clock: any PacerClock = SystemPacerClock(),
        onWait: (@Sendable (Double?) -> Void)? = nil
    ) {
        machine = StateMachine(margin: margin, maximumWait: maximumWait)
        self.clock = clock
        self.onWait = onWait
    }

    /// A batch's pacer: its long waits count down on standard error.
    static func showingWaits() -> BatchPacer {
        BatchPacer(onWait: RateLimitWait().show)
    }

    /// Requests that have not started give up (within a second, if they are waiting for the
    /// window); those in flight are not touched.
    func stop() {
        stopped = true
    }

    /// Waits until `requests` more may start, then counts them in flight. Throws when cancelled
    /// or stopped.
    func acquire(_ requests: Int = 1) async throws {
        while true {
            try Task.checkCancellation()
            if stopped { throw CancellationError() }
            switch machine.requestWanted(requests, now: clock.now()) {
            case .send:
                return
            case .wait(let deadline):
                try await wait(until: deadline)
                machine.tick(now: clock.now())
            case .waitForAnswer:
                try await nextAnswer()
            }
        }
    }

    /// Requests ended; `observed` is the rate limit the last answer reported, `rateLimited` whether one was a 429.
    func release(_ requests: Int = 1, observed: RateLimit?, rateLimited: Bool) {
        if rateLimited {
            machine.rateLimited(requests, observed: observed, now: clock.now())
        } else {
            machine.answered(requests, observed: observed, now: clock.now())
        }
        let waiting = answerWaiters.values
        answerWaiters.removeAll()
        for waiter in waiting { waiter.resume() }
    }

    /// A long wait is slept a second at a time, so that it is seen counting down and a stop
    /// ends it; a short one in one go.
    private func wait(until deadline: Double) async throws {
        guard let onWait, deadline - clock.now() >= 2 else {
            try await clock.sleep(until: deadline)
            return
        }
        defer { onWait(nil) }
        while clock.now() < deadline {
            if stopped { throw CancellationError() }
            onWait(deadline)
            try await clock.sleep(until: min(deadline, clock.now() + 1))
        }
    }

    /// What the machine holds, and how many requests wait for an answer: for the tests.
    var state: StateMachine { machine }
    var waitingForAnswer: Int { answerWaiters.count }

    private func nextAnswer() async throws {
        let id = nextWaiter
        nextWaiter += 1
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    answerWaiters[id] = continuation
                }
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    private func cancelWaiter(_ id: Int) {
        answerWaiters.removeValue(forKey: id)?.resume(throwing: CancellationError())
    }
}
