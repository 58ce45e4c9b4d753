import Foundation
import Glibc
import NP6
import NP6Sandbox
import TestTags
import Testing

@Suite("NP6Client errors and network policy", .tags(.endToEnd), .notInFastRun)
struct ClientErrorTests {
    @Test("401 without the right key")
    func unauthorized() async throws {
        try await LiveSandbox.with(key: "wrong-key") { sandbox in
            let error = await expectNP6Error { _ = try await sandbox.client.subscriptions(unicity: "foobar") }
            #expect(error == .unauthorized)
            #expect(error?.message.contains("API key was refused") == true)
            #expect(error?.message.contains("wrong-key") == false)
        }
    }

    @Test("a server that echoes the key: every error text has it redacted")
    func echoedKeyIsRedacted() async throws {
        try await LiveSandbox.with { sandbox in
            let lookup = await expectNP6Error { _ = try await sandbox.client.subscriptions(unicity: "fault-echo-key") }
            let delete = await expectNP6Error {
                try await sandbox.client.deleteSubscription(id: "fa017000-0000-4000-8000-000000000007")
            }
            for error in [lookup, delete] {
                let message = try #require(error?.message)
                #expect(message.hasPrefix("Server error 500"), "\(message)")
                #expect(!message.contains(LiveSandbox.key), "\(message)")
                #expect(message.contains("<redacted>"), "\(message)")
            }
        }
    }

    @Test(
        "a key a header cannot carry is refused",
        arguments: ["kéy", "key\u{0}", "key\r\nX-Other: 1", "ключ", "key\u{7F}"])
    func unsafeKeys(text: String) {
        #expect(throws: NP6Error.self) { try APIKey(text) }
    }

    @Test("403 when the key may not list applications")
    func forbidden() async throws {
        try await LiveSandbox.with(key: LiveSandbox.restrictedKey) { sandbox in
            let listed = try await sandbox.client.subscriptions(unicity: "foobar")
            #expect(listed.count == 2)
            let error = await expectNP6Error { _ = try await sandbox.client.applications() }
            #expect(error == .forbidden)
            #expect(error?.message == "403 Forbidden: this API key is not allowed to do that.")
        }
    }

    @Test("404 for an unknown contact")
    func unknownContact() async throws {
        try await LiveSandbox.with { sandbox in
            let error = await expectNP6Error {
                _ = try await sandbox.client.subscriptions(unicity: "nobody@example.com")
            }
            #expect(error == .notFound(subject: "contact"))
        }
    }

    @Test("500 shows the status and a short excerpt of the body")
    func serverError() async throws {
        try await LiveSandbox.with { sandbox in
            let error = await expectNP6Error { _ = try await sandbox.client.subscriptions(unicity: "fault-500") }
            guard case .serverError(500, let excerpt) = error else {
                Issue.record("got \(String(describing: error))")
                return
            }
            #expect(excerpt.contains("Internal Server Error"))
            #expect(error?.message.hasPrefix("Server error 500: ") == true)
            #expect(error?.outcomeIsUnknown == true)
        }
    }

    @Test("a gateway's 502 HTML page reads as its title, after the retries")
    func badGatewayHTML() async throws {
        try await LiveSandbox.with { sandbox in
            let error = await expectNP6Error { _ = try await sandbox.client.subscriptions(unicity: "fault-502") }
            #expect(error == .serverError(status: 502, excerpt: "502 Bad Gateway"))
            let attempts = await sandbox.server.store.requestLog().filter { $0.query == "unicity=fault-502" }.count
            #expect(attempts == 3)
        }
    }

    @Test("429 carries the Retry-After value")
    func rateLimited() async throws {
        try await LiveSandbox.with(configure: { $0.retryPolicy = .none }) { sandbox in
            let error = await expectNP6Error { _ = try await sandbox.client.subscriptions(unicity: "fault-429") }
            #expect(error == .rateLimited(retryAfter: "1"))
            #expect(error?.message == "429 Too Many Requests: the server asks to wait (Retry-After: 1).")
        }
    }

    @Test("a 429 followed by a 200 is retried once, after the Retry-After wait")
    func retriesAfterRateLimit() async throws {
        try await LiveSandbox.with { sandbox in
            let started = ContinuousClock.now
            let list = try await sandbox.client.subscriptions(unicity: "fault-429-once")
            let elapsed = ContinuousClock.now - started
            #expect(list.count == 1)
            let statuses = await sandbox.server.store.requestLog().map(\.status)
            #expect(statuses == [429, 200])
            #expect(elapsed >= .seconds(1))
        }
    }

    @Test("a DELETE that gets 503 is not retried, and its outcome is unknown")
    func deleteIsNotRetried() async throws {
        try await LiveSandbox.with { sandbox in
            let error = await expectNP6Error {
                try await sandbox.client.deleteSubscription(id: "5e3d1c00-aaaa-4bbb-8ccc-ddddeeee0001")
            }
            #expect(error == .serverError(status: 503, excerpt: #"{"status": 503, "message": "Service Unavailable"}"#))
            #expect(error?.outcomeIsUnknown == true)
            let deletes = await sandbox.server.store.requestLog().filter { $0.method == "DELETE" }
            #expect(deletes.count == 1)
        }
    }

    @Test("a truncated body is invalid JSON, and the error says where it broke")
    func truncatedJSON() async throws {
        try await LiveSandbox.with { sandbox in
            let error = await expectNP6Error { _ = try await sandbox.client.subscriptions(unicity: "fault-truncated") }
            guard case .invalidJSON(_, let line, let column, let offset) = error else {
                Issue.record("got \(String(describing: error))")
                return
            }
            #expect(line == 1)
            #expect(column == offset + 1)
            #expect(error?.message.contains("at line 1, column \(column)") == true)
        }
    }

    @Test("a reply slower than the deadline is a timeout")
    func timeout() async throws {
        try await LiveSandbox.with(configure: {
            $0.requestTimeout = .milliseconds(300)
            $0.retryPolicy = .none
        }) { sandbox in
            let started = ContinuousClock.now
            let error = await expectNP6Error { _ = try await sandbox.client.subscriptions(unicity: "fault-slow") }
            #expect(error == .timeout(seconds: 0.3))
            #expect(error?.message == "Timed out after 0.3 s waiting for the server.")
            // fault-slow answers after 10 s; a loaded two-core machine may fire the 0.3 s
            // deadline a few seconds late, never that late.
            #expect(ContinuousClock.now - started < .seconds(8))
        }
    }

    @Test("an answer over the size cap is refused")
    func responseTooLarge() async throws {
        try await LiveSandbox.with(configure: { $0.maximumResponseBytes = 100 }) { sandbox in
            let error = await expectNP6Error { _ = try await sandbox.client.subscriptions(unicity: "foobar") }
            #expect(error == .responseTooLarge(limitBytes: 100))
        }
    }

    @Test("connection refused names the host")
    func connectionRefused() async throws {
        // A port bound but not listening: connections are refused, and no other test can take it.
        let reserved = try ReservedPort()
        defer { reserved.release() }
        let url = "http://127.0.0.1:\(reserved.port)"
        var configuration = NP6Client.Configuration(baseURL: try NP6BaseURL(url))
        configuration.retryPolicy.initialBackoff = .milliseconds(10)
        // The subject is the error's kind: a test runner busy with other suites may take its
        // time to run the retries, and must not turn the refusal into the 30 s deadline.
        configuration.requestTimeout = .seconds(600)
        let client = NP6Client(configuration: configuration, apiKey: try APIKey("k"))
        let error = await expectNP6Error { _ = try await client.subscriptions(unicity: "foobar") }
        await client.shutdown()
        guard case .connectionFailed(let host, let reason) = error else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(host == url.replacingOccurrences(of: "http://", with: ""))
        #expect(reason == "connection refused")
    }

    @Test("an unknown host is a connection error")
    func unknownHost() async throws {
        var configuration = NP6Client.Configuration(baseURL: try NP6BaseURL("https://no-such-host.invalid"))
        configuration.retryPolicy = .none
        configuration.connectTimeout = .seconds(3)
        configuration.requestTimeout = .seconds(600)
        let client = NP6Client(configuration: configuration, apiKey: try APIKey("k"))
        let error = await expectNP6Error { _ = try await client.applications() }
        await client.shutdown()
        guard case .connectionFailed(let host, _) = error else {
            Issue.record("got \(String(describing: error))")
            return
        }
        #expect(host == "no-such-host.invalid")
    }

    @Test("cancelling the calling task cancels the request promptly")
    func cancellation() async throws {
        try await LiveSandbox.with { sandbox in
            let task = Task { () async -> NP6Error? in
                do {
                    _ = try await sandbox.client.subscriptions(unicity: "fault-slow")
                    return nil
                } catch {
                    return error as? NP6Error
                }
            }
            // Cancel once the sandbox has the request (it answers fault-slow ten seconds late).
            let deadline = ContinuousClock.now + .seconds(15)
            while await sandbox.server.store.requestLog().isEmpty, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(5))
            }
            #expect(await !sandbox.server.store.requestLog().isEmpty, "the request reached the sandbox")
            // Timed from the cancel, not from the start: reaching a loaded machine's sandbox may take
            // a while, and the answer would come ten seconds later.
            let cancelled = ContinuousClock.now
            task.cancel()
            let error = await task.value
            #expect(error == .cancelled)
            #expect(ContinuousClock.now - cancelled < .seconds(3))
        }
    }
}

/// A loopback port held by a bound socket that never listens.
@Suite(.tags(.endToEnd), .notInFastRun)
struct ReservedPort {
    let descriptor: Int32
    let port: Int

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.descriptor = descriptor
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw NP6Error.invalidBaseURL("cannot reserve a port") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func release() {
        close(descriptor)
    }
}
