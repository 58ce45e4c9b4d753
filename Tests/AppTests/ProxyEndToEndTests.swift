import Foundation
import NP6
import TLSTestSupport
import TestTags
import Testing

/// np6-subs through a real proxy (tinyproxy) to the sandbox serving https: the proxy sees a
/// CONNECT and nothing of the request; NO_PROXY goes around it; its refusals are named.
@Suite("End to end: through a real proxy", .serialized, .tags(.endToEnd), .notInFastRun)
struct ProxyEndToEndTests {
    static func withWorld(
        credentials: (user: String, password: String)? = nil,
        _ body: (SandboxProcess, TestPKI, TinyproxyProcess, String) async throws -> Void
    )
        async throws
    {
        let pki = try TestPKI.make()
        let sandbox = try SandboxProcess(
            extraArguments: ["--tls-cert", pki.certificate(.valid), "--tls-key", pki.key(.valid)],
            trustRoots: [pki.caCertificate])
        let proxy: TinyproxyProcess
        do { proxy = try TinyproxyProcess(credentials: credentials) } catch {
            await sandbox.stop()
            throw error
        }
        let state = NSTemporaryDirectory() + "np6-proxy-\(UUID().uuidString)"
        do {
            try await body(sandbox, pki, proxy, state)
        } catch {
            proxy.stop()
            await sandbox.stop()
            pki.remove()
            throw error
        }
        proxy.stop()
        await sandbox.stop()
        pki.remove()
        try? FileManager.default.removeItem(atPath: state)
    }

    static func environment(_ pki: TestPKI, _ changes: [String: String?] = [:]) -> [String: String?] {
        var environment: [String: String?] = [
            "SSL_CERT_FILE": pki.caCertificate, "SSL_CERT_DIR": nil, "XDG_CONFIG_HOME": "/nonexistent", "NO_PROXY": nil,
            "no_proxy": nil,
            "HTTPS_PROXY": nil, "https_proxy": nil, "ALL_PROXY": nil, "all_proxy": nil,
        ]
        for (name, value) in changes { environment[name] = value }
        return environment
    }

    @Test("HTTPS_PROXY: the proxy logs only a CONNECT, never the path or the key; NO_PROXY goes around it")
    func tunnel() async throws {
        try await Self.withWorld { sandbox, pki, proxy, state in
            let port = sandbox.baseURL.split(separator: ":").last.map(String.init) ?? ""
            let through = try await ScriptEndToEndTests.np6subs(
                ["list", "--unicity", "foobar"], sandbox: sandbox, state: state,
                changes: Self.environment(pki, ["HTTPS_PROXY": "http://127.0.0.1:\(proxy.port)"]))
            #expect(through.status == 0, "\(through.output)")
            let log = proxy.log
            #expect(log.contains("CONNECT 127.0.0.1:\(port)"), "\(log)")
            #expect(
                !log.contains("/targets/subscriptions") && !log.contains(SandboxProcess.key),
                "the proxy saw the request: \(log)")

            let before = proxy.requests
            let around = try await ScriptEndToEndTests.np6subs(
                ["list", "--unicity", "foobar"], sandbox: sandbox, state: state,
                changes: Self.environment(
                    pki, ["HTTPS_PROXY": "http://127.0.0.1:\(proxy.port)", "NO_PROXY": "example.com,127.0.0.0/8"]))
            #expect(around.status == 0, "\(around.output)")
            #expect(proxy.requests == before, "the proxy saw a request NO_PROXY bypasses: \(proxy.log)")

            // Untrusted through the tunnel: the TLS failure is explained through the proxy too.
            var untrusting = Self.environment(pki, ["HTTPS_PROXY": "http://127.0.0.1:\(proxy.port)"])
            untrusting["SSL_CERT_FILE"] = .some(nil)
            let untrusted = try await ScriptEndToEndTests.np6subs(
                ["list", "--unicity", "foobar"], sandbox: sandbox, state: state, changes: untrusting)
            #expect(
                untrusted.status == 1 && untrusted.output.contains("an authority this machine does not trust"),
                "\(untrusted.output)")

            let doctor = try await ScriptEndToEndTests.np6subs(
                ["doctor"], sandbox: sandbox, state: state,
                changes: Self.environment(pki, ["HTTPS_PROXY": "http://127.0.0.1:\(proxy.port)"]))
            #expect(
                doctor.output.contains("✓ proxy: http://127.0.0.1:\(proxy.port) from HTTPS_PROXY"), "\(doctor.output)")
        }
    }

    @Test(
        """
        with credentials: the right ones go through, a wrong password gives the 407 message, and neither is ever \
        printed
        """
    )
    func credentials() async throws {
        try await Self.withWorld(credentials: ("support", "pr0xy-pass")) { sandbox, pki, proxy, state in
            let good = try await ScriptEndToEndTests.np6subs(
                ["list", "--unicity", "foobar", "--proxy", "http://support:pr0xy-pass@127.0.0.1:\(proxy.port)"],
                sandbox: sandbox, state: state,
                changes: Self.environment(pki))
            #expect(good.status == 0, "\(good.output)")
            let wrong = try await ScriptEndToEndTests.np6subs(
                ["list", "--unicity", "foobar", "--proxy", "http://support:not-it@127.0.0.1:\(proxy.port)"],
                sandbox: sandbox, state: state,
                changes: Self.environment(pki))
            #expect(wrong.status == 1)
            // tinyproxy answers a wrong password with 401, a missing one with 407.
            #expect(
                wrong.output.contains(
                    "the proxy http://127.0.0.1:\(proxy.port) (--proxy) refused its credentials (401)"),
                "\(wrong.output)")
            let none = try await ScriptEndToEndTests.np6subs(
                ["list", "--unicity", "foobar", "--proxy", "http://127.0.0.1:\(proxy.port)"], sandbox: sandbox,
                state: state,
                changes: Self.environment(pki))
            #expect(none.output.contains("asks for credentials (407"), "\(none.output)")
            // doctor blames the proxy's step, not the NP6 server (it said "no HTTP answer from" the
            // server, "check that the base URL points at the NP6 API", and passed the proxy).
            let doctor = try await ScriptEndToEndTests.np6subs(
                ["doctor", "--proxy", "http://127.0.0.1:\(proxy.port)"], sandbox: sandbox, state: state,
                changes: Self.environment(pki))
            #expect(doctor.output.contains("✗ proxy: the proxy http://127.0.0.1:\(proxy.port) (--proxy) asks for"))
            #expect(doctor.output.contains("✗ TLS: not checked: the proxy did not open the way"), "\(doctor.output)")
            #expect(!doctor.output.contains("base URL points at the NP6 API"), "\(doctor.output)")
            for output in [good.output, wrong.output, none.output] {
                #expect(
                    !output.contains("pr0xy-pass") && !output.contains("not-it"),
                    "a proxy password was printed: \(output)")
            }
        }
    }

    @Test("a proxy that refuses the connection is named, and --no-proxy ignores the environment's")
    func refused() async throws {
        try await Self.withWorld { sandbox, pki, _, state in
            let closed = try TinyproxyProcess.freePort()
            let refused = try await ScriptEndToEndTests.np6subs(
                ["list", "--unicity", "foobar"], sandbox: sandbox, state: state,
                changes: Self.environment(pki, ["HTTPS_PROXY": "http://u:secret-pw@127.0.0.1:\(closed)"]))
            #expect(refused.status == 1)
            #expect(
                refused.output.contains("the proxy http://127.0.0.1:\(closed) (HTTPS_PROXY) refused the connection"),
                "\(refused.output)")
            #expect(!refused.output.contains("secret-pw"))
            let ignored = try await ScriptEndToEndTests.np6subs(
                ["list", "--unicity", "foobar", "--no-proxy"], sandbox: sandbox, state: state,
                changes: Self.environment(pki, ["HTTPS_PROXY": "http://127.0.0.1:\(closed)"]))
            #expect(ignored.status == 0, "\(ignored.output)")
        }
    }
}
