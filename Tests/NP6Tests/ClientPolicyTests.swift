import NP6
import Synchronization
import TestTags
import Testing

/// A transport that answers from a script and records what it was asked, for the policy that
/// needs hosts a loopback sandbox cannot be (redirects to another origin, connection failures).
@Suite(.tags(.unit))
final class ScriptedTransport: HTTPTransport {
    private let state: Mutex<(script: [Result<HTTPExchangeResponse, TransportError>], sent: [HTTPExchangeRequest])>

    init(_ script: [Result<HTTPExchangeResponse, TransportError>]) {
        state = Mutex((script, []))
    }

    var sent: [HTTPExchangeRequest] { state.withLock { $0.sent } }

    func send(_ request: HTTPExchangeRequest, timeout: Duration, maximumBodyBytes: Int) async throws(TransportError)
        -> HTTPExchangeResponse
    {
        let next = state.withLock { state -> Result<HTTPExchangeResponse, TransportError> in
            state.sent.append(request)
            return state.script.isEmpty
                ? .failure(.connectionFailed(reason: "script exhausted")) : state.script.removeFirst()
        }
        return try next.get()
    }

    func shutdown() async {}
}

@Suite("NP6Client policy: redirects and retries", .tags(.unit))
struct ClientPolicyTests {
    static func client(_ transport: ScriptedTransport, base: String = "https://api-cm.np6.com") throws -> NP6Client {
        var configuration = NP6Client.Configuration(baseURL: try NP6BaseURL(base))
        configuration.retryPolicy.initialBackoff = .milliseconds(5)
        return NP6Client(configuration: configuration, apiKey: try APIKey("the-key"), transport: transport)
    }

    static func answer(_ status: Int, _ body: String = "[]", headers: [HTTPHeader] = []) -> Result<
        HTTPExchangeResponse, TransportError
    > {
        .success(HTTPExchangeResponse(status: status, headers: headers, body: Array(body.utf8)))
    }

    @Test("X-Key is never sent to another host when a redirect is followed")
    func redirectToOtherHostDropsKey() async throws {
        let transport = ScriptedTransport([
            Self.answer(
                302, "",
                headers: [HTTPHeader("Location", "https://cdn.example.net/targets/subscriptions?unicity=foobar")]),
            Self.answer(200),
        ])
        _ = try await Self.client(transport).subscriptions(unicity: "foobar")
        #expect(transport.sent.count == 2)
        #expect(transport.sent[0].header("X-Key") == "the-key")
        #expect(transport.sent[1].url == "https://cdn.example.net/targets/subscriptions?unicity=foobar")
        #expect(transport.sent[1].header("X-Key") == nil)
    }

    @Test("a redirect within the same origin keeps the key")
    func sameOriginRedirectKeepsKey() async throws {
        let transport = ScriptedTransport([
            Self.answer(307, "", headers: [HTTPHeader("Location", "/v2/parameters/applications")]),
            Self.answer(200),
        ])
        _ = try await Self.client(transport).applications()
        #expect(transport.sent[1].url == "https://api-cm.np6.com/v2/parameters/applications")
        #expect(transport.sent[1].header("X-Key") == "the-key")
    }

    @Test("a redirect to plain http is refused")
    func insecureRedirect() async throws {
        let transport = ScriptedTransport([
            Self.answer(301, "", headers: [HTTPHeader("Location", "http://evil.example.com/x")])
        ])
        let client = try Self.client(transport)
        let error = await expectNP6Error { _ = try await client.applications() }
        #expect(error == .insecureRedirect("http://evil.example.com/x"))
        #expect(transport.sent.count == 1)
    }

    @Test(
        "a redirect to a malformed location fails that request, and nothing is sent there",
        arguments: [
            "https://api-cm.np6.com:70000/x", "http://127.0.0.1:0/x", "https://user:secret@api-cm.np6.com/x",
            "https://bad host/x",
        ])
    func malformedRedirect(location: String) async throws {
        let transport = ScriptedTransport([Self.answer(302, "", headers: [HTTPHeader("Location", location)])])
        let client = try Self.client(transport)
        let error = await expectNP6Error { _ = try await client.applications() }
        guard case .unexpectedStatus(302, _)? = error else {
            Issue.record("\(location): \(String(describing: error))")
            return
        }
        #expect(transport.sent.count == 1)
    }

    @Test("redirect loops stop")
    func redirectLoop() async throws {
        let loop = (0..<10).map { _ in Self.answer(302, "", headers: [HTTPHeader("Location", "/again")]) }
        let client = try Self.client(ScriptedTransport(loop))
        #expect(await expectNP6Error { _ = try await client.applications() } == .tooManyRedirects)
    }

    @Test("a GET is retried on connection errors, up to three attempts")
    func readRetriesConnectionErrors() async throws {
        let transport = ScriptedTransport([
            .failure(.connectionFailed(reason: "connection refused")),
            .failure(.connectionFailed(reason: "connection refused")), Self.answer(200),
        ])
        #expect(try await Self.client(transport).subscriptions(unicity: "x").isEmpty)
        #expect(transport.sent.count == 3)
        let failing = ScriptedTransport((0..<5).map { _ in .failure(.connectionFailed(reason: "connection refused")) })
        let client = try Self.client(failing)
        #expect(
            await expectNP6Error { _ = try await client.subscriptions(unicity: "x") }
                == .connectionFailed(host: "api-cm.np6.com", reason: "connection refused"))
        #expect(failing.sent.count == 3)
    }

    @Test("DELETE and PUT are never retried")
    func writesAreNotRetried() async throws {
        let deleting = ScriptedTransport([.failure(.connectionFailed(reason: "connection refused")), Self.answer(204)])
        let client = try Self.client(deleting)
        _ = await expectNP6Error { try await client.deleteSubscriptions(unicity: "x") }
        #expect(deleting.sent.count == 1)
        let putting = ScriptedTransport([Self.answer(503), Self.answer(200, "{\"id\": \"a\"}")])
        let putClient = try Self.client(putting)
        _ = await expectNP6Error {
            _ = try await putClient.putSubscription(json: .object(JSONObject(["id": .string("a")])))
        }
        #expect(putting.sent.count == 1)
        #expect(putting.sent[0].header("Content-Type") == "application/json")
    }

    @Test("a Retry-After beyond 60 s is not waited for")
    func longRetryAfterIsNotHonoured() async throws {
        let transport = ScriptedTransport([
            Self.answer(429, "", headers: [HTTPHeader("Retry-After", "3600")]), Self.answer(200),
        ])
        let client = try Self.client(transport)
        #expect(await expectNP6Error { _ = try await client.applications() } == .rateLimited(retryAfter: "3600"))
        #expect(transport.sent.count == 1)
    }

    @Test("a connection lost after sending is reported as such, with unknown outcome")
    func connectionLost() async throws {
        let client = try Self.client(ScriptedTransport([.failure(.connectionLost(reason: "connection reset"))]))
        let error = await expectNP6Error { try await client.deleteSubscription(id: "s") }
        #expect(error == .connectionLost(host: "api-cm.np6.com", reason: "connection reset"))
        #expect(error?.outcomeIsUnknown == true)
    }
}
