import NP6
import NP6Sandbox
import Testing

@Suite("Connections: one for a session's requests")
struct ConnectionReuseTests {
    @Test("ten lookups from one client use one connection")
    func oneConnection() async throws {
        try await LiveSandbox.with { sandbox in
            for _ in 0..<10 { _ = try await sandbox.client.subscriptions(unicity: "foobar") }
            #expect(sandbox.server.connectionCount == 1)
            #expect(await sandbox.server.store.requestLog().count == 10)
        }
    }
}
