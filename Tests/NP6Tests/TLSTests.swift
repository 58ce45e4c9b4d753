import Foundation
import NP6
import NP6Sandbox
import TLSTestSupport
import TestTags
import Testing

/// The client over real TLS against the sandbox serving https with certificates made for the
/// test: a private CA trusted as a file or a folder, and each failure with its own message.
@Suite("TLS: private CAs, and each failure said whole", .serialized, .tags(.endToEnd), .notInFastRun)
struct TLSTests {
    static func fetch(_ leaf: TestPKI.Leaf, trusting roots: (TestPKI) -> [String]) async throws -> Result<Int, NP6Error>
    {
        let pki = try TestPKI.make()
        defer { pki.remove() }
        return try await LiveSandbox.with(
            tls: (pki.certificate(leaf), pki.key(leaf)),
            configure: { configuration in
                configuration.additionalTrustRoots = roots(pki)
                configuration.retryPolicy = .none
            }
        ) { sandbox in
            #expect(sandbox.server.baseURL.hasPrefix("https://127.0.0.1:"))
            do throws(NP6Error) {
                return .success(try await sandbox.client.subscriptions(unicity: "foobar").count)
            } catch { return .failure(error) }
        }
    }

    @Test("a private CA trusted as a PEM file, or as a folder of them, gives a working https connection")
    func trusted() async throws {
        #expect(try await Self.fetch(.valid) { [$0.caCertificate] } == .success(2))
        #expect(
            try await Self.fetch(.valid) { [$0.caFolder] } == .success(2),
            "a folder of certificates, as SSL_CERT_DIR names")
    }

    @Test(
        "each TLS failure says which it is and what to do, whole",
        arguments: [
            (
                TestPKI.Leaf.valid, false,
                """
                an authority this machine does not trust: if your network uses a private CA, set ca_file in the \
                profile
                """
            ),
            (.selfSigned, true, "self-signed"),
            (.expired, true, "expired on"),
            (.wrongHost, true, "is for other.example, not 127.0.0.1: check the host in the base URL"),
        ])
    func failures(leaf: TestPKI.Leaf, trustCA: Bool, expected: String) async throws {
        let result = try await Self.fetch(leaf) { trustCA ? [$0.caCertificate] : [] }
        guard case .failure(.connectionFailed(_, let reason)) = result else {
            Issue.record("\(leaf): \(result)")
            return
        }
        #expect(reason.contains(expected), "\(leaf): \(reason)")
        #expect(!reason.hasSuffix("…") && !reason.contains("CERTIFICAT\u{2026}"), "the message is cut: \(reason)")
        let message = NP6Error.connectionFailed(host: "127.0.0.1", reason: reason).message
        #expect(message.contains(expected), "the error's message keeps it: \(message)")
    }

    @Test("https to a port that speaks plain http is a protocol failure, said so")
    func protocolFailure() async throws {
        try await LiveSandbox.with { plain in
            let port = plain.server.port
            var configuration = NP6Client.Configuration(baseURL: try NP6BaseURL("https://127.0.0.1:\(port)"))
            configuration.retryPolicy = .none
            let client = NP6Client(configuration: configuration, apiKey: try APIKey(LiveSandbox.key))
            let result: Result<[NotifiableApplication], NP6Error>
            do throws(NP6Error) { result = .success(try await client.applications()) } catch {
                result = .failure(error)
            }
            await client.shutdown()
            guard case .failure(.connectionFailed(_, let reason)) = result else {
                Issue.record("\(result)")
                return
            }
            #expect(
                reason.contains("protocol failure") && reason.contains("check that the base URL's port speaks https"),
                "\(reason)")
        }
    }

    @Test("the probe reads what a verified handshake negotiated: version, subject, issuer, expiry")
    func probe() async throws {
        let pki = try TestPKI.make()
        defer { pki.remove() }
        try await LiveSandbox.with(tls: (pki.certificate(.valid), pki.key(.valid))) { sandbox in
            let peer = try await TLSProbe.handshake(
                host: "127.0.0.1", port: sandbox.server.port, trustRoots: [pki.caCertificate], verify: true)
            #expect(peer.version.hasPrefix("TLS 1."))
            // The last RDN first, as RFC 4514 writes a name.
            #expect(peer.issuer == "O=np6-subs tests,CN=np6-subs test CA")
            #expect(peer.subject == "CN=localhost" && !peer.isSelfSigned)
            #expect(peer.notValidBefore < Date() && peer.notValidAfter < Date() + 86_400 * 400)
            #expect(peer.ipAddresses == ["127.0.0.1"] && peer.dnsNames == ["localhost"])
            #expect(peer.notValidAfter > Date())
            await #expect(throws: (any Error).self, "an untrusted CA fails the verified handshake") {
                _ = try await TLSProbe.handshake(
                    host: "127.0.0.1", port: sandbox.server.port, trustRoots: [], verify: true)
            }
        }
    }
}
