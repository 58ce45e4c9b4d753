import NP6
import NP6Sandbox
import TLSTestSupport
import TestTags
import Testing

@Suite("Connections: one for a session's requests", .tags(.endToEnd), .notInFastRun)
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

@Suite("HTTP/2 where the server offers it", .tags(.endToEnd), .notInFastRun)
struct HTTP2Tests {
    @Test("over TLS the sandbox offers HTTP/2 and the client takes it; plain http stays HTTP/1.1")
    func http2() async throws {
        let pki = try TestPKI.make()
        defer { pki.remove() }
        try await LiveSandbox.with(
            tls: (pki.certificate(.valid), pki.key(.valid)),
            configure: { $0.additionalTrustRoots = [pki.caCertificate] }
        ) {
            sandbox in
            let answer = try await sandbox.client.perform(.listApplications)
            #expect(answer.protocolVersion == "HTTP/2")
            let list = try await sandbox.client.subscriptions(unicity: "foobar")
            #expect(list.count == 2, "a list decodes over HTTP/2")
        }
        try await LiveSandbox.with { sandbox in
            let answer = try await sandbox.client.perform(.listApplications)
            #expect(answer.protocolVersion == "HTTP/1.1")
        }
    }
}
