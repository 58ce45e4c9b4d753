import Essentials
import Foundation
import NP6
import NP6Sandbox
import Synchronization
import TestTags
import Testing

@Suite("Rate limits: the headers, a 429's wait, pacing, the sandbox's limit", .tags(.endToEnd, .slow), .notInFastRun)
struct RateLimitTests {
    static let now = 1_800_000_000.0

    static func headers(_ limit: String?, _ remaining: String?, _ reset: String?) -> [HTTPHeader] {
        [("X-RateLimit-Limit", limit), ("x-ratelimit-remaining", remaining), ("X-RATELIMIT-RESET", reset)].compactMap {
            name, value in
            value.map { HTTPHeader(name, $0) }
        }
    }

    @Test("the three headers are read in any case; a small reset is seconds from now, a large one epoch seconds")
    func parsing() throws {
        let epoch = try #require(RateLimit(headers: Self.headers("1000", "7", "1800000060"), now: Self.now))
        #expect(epoch == RateLimit(limit: 1000, remaining: 7, resetAt: 1_800_000_060))
        let relative = try #require(RateLimit(headers: Self.headers("1000", "7", "30"), now: Self.now))
        #expect(relative.resetAt == Self.now + 30)
        #expect(RateLimit(headers: [HTTPHeader("Content-Type", "application/json")], now: Self.now) == nil)
        // Unreadable values say nothing; a readable one among them still counts.
        #expect(RateLimit(headers: Self.headers("lots", "-3", "soon"), now: Self.now) == nil)
        #expect(RateLimit(headers: Self.headers("lots", "12", "inf"), now: Self.now) == RateLimit(remaining: 12))
    }

    @Test("a huge or absurd reset is clamped to a day from now: no wait is endless, no conversion traps")
    func hugeResetIsClamped() throws {
        for reset in ["1e30", "1e23", "9223372036854775807", "1" + String(repeating: "0", count: 40)] {
            let limit = try #require(RateLimit(headers: Self.headers("10", "0", reset), now: Self.now), "\(reset)")
            #expect(limit.resetAt == Self.now + 86_400, "\(reset)")
            #expect(limit.pause(beforeRequests: 1, now: Self.now) == .seconds(86_400))
        }
        #expect(Duration.milliseconds(clampingSeconds: .nan) == .zero)
        #expect(Duration.milliseconds(clampingSeconds: -4) == .zero)
        #expect(Duration.milliseconds(clampingSeconds: 1e300) == .seconds(86_400))
        #expect(Duration.milliseconds(clampingSeconds: 0.0014) == .milliseconds(2))
        #expect(RetryPolicy.retryAfterDelay("99999999999999999999") == nil, "not a number Int can hold: unreadable")
        #expect(RetryPolicy.retryAfterDelay("9223372036854775807") == .seconds(86_400))
        // Text that is not an HTTP date's printable ASCII never reaches DateFormatter, which
        // trapped on this (the rate-limit fuzz target's find).
        #expect(RetryPolicy.retryAfterDelay("W \u{7F0}\u{35C}\u{2CB}\u{3CE}51 7:28:00 GMT") == nil)
    }

    @Test("below a fifth left is low; the text groups thousands")
    func low() {
        #expect(RateLimit(limit: 1000, remaining: 199).isLow)
        #expect(!RateLimit(limit: 1000, remaining: 200).isLow)
        #expect(!RateLimit(remaining: 1).isLow, "without a limit nothing says it is low")
        #expect(RateLimit(limit: 10000, remaining: 7).text == "7/10,000 left")
    }

    @Test(
        """
        pacing: nothing while the quota covers what is left; the rest of the window when none is left; spread \
        otherwise
        """
    )
    func pause() {
        let quota = RateLimit(limit: 10, remaining: 4, resetAt: Self.now + 2)
        #expect(quota.pause(beforeRequests: 4, now: Self.now) == .zero)
        #expect(quota.pause(beforeRequests: 8, now: Self.now) == .milliseconds(500))
        #expect(
            RateLimit(limit: 10, remaining: 0, resetAt: Self.now + 2).pause(beforeRequests: 1, now: Self.now)
                == .seconds(2))
        #expect(
            RateLimit(limit: 10, remaining: 0, resetAt: Self.now - 1).pause(beforeRequests: 5, now: Self.now) == .zero,
            "the window is over")
        #expect(
            RateLimit(limit: 10).pause(beforeRequests: 5, now: Self.now) == .zero, "nothing known, nothing to wait for")
    }

    @Test(
        "a 429 without Retry-After waits for X-RateLimit-Reset, then retries; every answer's headers reach the observer"
    )
    func resetAfter429() async throws {
        let transport = ScriptedTransport([
            ClientPolicyTests.answer(429, "", headers: Self.headers("100", "0", "1")),
            ClientPolicyTests.answer(200, "[]", headers: Self.headers("100", "99", "60")),
        ])
        let seen = Mutex<[RateLimit]>([])
        let client = NP6Client(
            configuration: .init(baseURL: .production), apiKey: try APIKey("k"), transport: transport,
            rateLimitObserver: { limit in seen.withLock { $0.append(limit) } })
        let started = ContinuousClock.now
        _ = try await client.subscriptions(unicity: "foobar")
        #expect(ContinuousClock.now - started >= .milliseconds(900), "it did not wait for the reset")
        #expect(transport.sent.count == 2)
        #expect(seen.withLock { $0.map(\.remaining) } == [0, 99])
        #expect(client.rateLimit?.remaining == 99)
    }

    @Test("the sandbox sends the headers on every answer and answers 429 past its limit, with Retry-After")
    func sandboxLimit() async throws {
        try await LiveSandbox.with(
            rateLimit: SandboxRateLimit(requests: 3, window: 60), configure: { $0.retryPolicy = .none }
        ) { sandbox in
            let firstRequest = Date().timeIntervalSince1970
            for expected in [2, 1, 0] {
                _ = try await sandbox.client.subscriptions(unicity: "foobar")
                #expect(sandbox.client.rateLimit?.remaining == expected)
                #expect(sandbox.client.rateLimit?.limit == 3)
            }
            let fourth: Result<[Subscription], NP6Error>
            do throws(NP6Error) { fourth = .success(try await sandbox.client.subscriptions(unicity: "foobar")) } catch {
                fourth = .failure(error)
            }
            guard case .failure(.rateLimited(let retryAfter)) = fourth else {
                Issue.record("a fourth request within the window: \(fourth)")
                return
            }
            #expect(
                retryAfter.flatMap { Int($0) }.map { $0 > 0 && $0 <= 60 } == true, "\(String(describing: retryAfter))")
            // The window opened with the first request and lasts 60 s (the header is rounded up).
            let reset = try #require(sandbox.client.rateLimit?.resetAt)
            #expect(reset >= firstRequest + 60 && reset <= Date().timeIntervalSince1970 + 61, "\(reset - firstRequest)")
        }
        #expect(SandboxRateLimit(parsing: "100/60s") == SandboxRateLimit(requests: 100, window: 60))
        #expect(SandboxRateLimit(parsing: "5/2") == SandboxRateLimit(requests: 5, window: 2))
        #expect(SandboxRateLimit(parsing: "0/60s") == nil && SandboxRateLimit(parsing: "many") == nil)
    }

    @Test("pace keeps a run of requests under the sandbox's limit: no 429")
    func pacedRun() async throws {
        try await LiveSandbox.with(
            rateLimit: SandboxRateLimit(requests: 3, window: 1), configure: { $0.retryPolicy = .none }
        ) { sandbox in
            for index in 0..<7 {
                try await sandbox.client.pace(beforeRequests: 7 - index)
                _ = try await sandbox.client.subscriptions(unicity: "foobar")
            }
            let statuses = await sandbox.server.store.requestLog().map(\.status)
            #expect(statuses.count == 7 && !statuses.contains(429), "\(statuses)")
        }
    }
}
