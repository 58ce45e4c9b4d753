import Foundation
import NP6
import TLSTestSupport
import TestTags
import Testing

/// np6-subs over real TLS: the sandbox serves https with a certificate from a throwaway private
/// CA, and the CA is trusted each of the four ways, or not at all.
@Suite("End to end: TLS with a private CA", .serialized, .tags(.endToEnd), .notInFastRun)
struct TLSEndToEndTests {
    static func withHTTPSSandbox(_ body: (SandboxProcess, TestPKI, String) async throws -> Void) async throws {
        let pki = try TestPKI.make()
        let sandbox = try SandboxProcess(
            extraArguments: ["--tls-cert", pki.certificate(.valid), "--tls-key", pki.key(.valid)],
            trustRoots: [pki.caCertificate])
        let state = NSTemporaryDirectory() + "np6-tls-\(UUID().uuidString)"
        do {
            try await body(sandbox, pki, state)
        } catch {
            await sandbox.stop()
            pki.remove()
            throw error
        }
        await sandbox.stop()
        pki.remove()
        try? FileManager.default.removeItem(atPath: state)
    }

    static let noTrust: [String: String?] = [
        "SSL_CERT_FILE": nil, "SSL_CERT_DIR": nil, "XDG_CONFIG_HOME": "/nonexistent",
    ]

    @Test(
        """
        trusted through --ca-file, a profile's ca_file, SSL_CERT_FILE and SSL_CERT_DIR; refused, with the reason \
        whole, without
        """
    )
    func fourWays() async throws {
        try await Self.withHTTPSSandbox { sandbox, pki, state in
            #expect(sandbox.baseURL.hasPrefix("https://"))
            let list = ["list", "--unicity", "foobar"]
            let untrusted = try await ScriptEndToEndTests.np6subs(
                list, sandbox: sandbox, state: state, changes: Self.noTrust)
            #expect(untrusted.status == 1)
            #expect(
                untrusted.output.contains(
                    """
                    an authority this machine does not trust: if your network uses a private CA, set ca_file in \
                    the profile
                    """
                ), "\(untrusted.output)")

            let flag = try await ScriptEndToEndTests.np6subs(
                list + ["--ca-file", pki.caCertificate], sandbox: sandbox, state: state, changes: Self.noTrust)
            #expect(flag.status == 0, "--ca-file: \(flag.output)")
            var file = Self.noTrust
            file["SSL_CERT_FILE"] = pki.caCertificate
            #expect(
                try await ScriptEndToEndTests.np6subs(list, sandbox: sandbox, state: state, changes: file).status == 0,
                "SSL_CERT_FILE")
            var folder = Self.noTrust
            folder["SSL_CERT_DIR"] = "/nonexistent-folder:" + pki.caFolder
            let viaFolder = try await ScriptEndToEndTests.np6subs(list, sandbox: sandbox, state: state, changes: folder)
            #expect(
                viaFolder.status == 2 && viaFolder.output.contains("SSL_CERT_DIR: cannot read"),
                "a missing folder is named: \(viaFolder.output)")
            folder["SSL_CERT_DIR"] = pki.caFolder
            #expect(
                try await ScriptEndToEndTests.np6subs(list, sandbox: sandbox, state: state, changes: folder).status
                    == 0, "SSL_CERT_DIR")

            let configHome = state + "/config"
            try FileManager.default.createDirectory(atPath: configHome + "/np6-subs", withIntermediateDirectories: true)
            try """
            profiles:
              private:
                base_url: \(sandbox.baseURL)
                key_env: NP6_API_KEY
                ca_file: \(pki.caCertificate)
            """.write(toFile: configHome + "/np6-subs/config.yaml", atomically: true, encoding: .utf8)
            var profile = Self.noTrust
            profile["XDG_CONFIG_HOME"] = configHome
            profile["NP6_BASE_URL"] = .some(nil)
            let viaProfile = try await ScriptEndToEndTests.np6subs(
                list + ["--profile", "private"], sandbox: sandbox, state: state, changes: profile)
            #expect(viaProfile.status == 0, "ca_file: \(viaProfile.output)")

            let missing = try await ScriptEndToEndTests.np6subs(
                list + ["--ca-file", "/nonexistent.pem"], sandbox: sandbox, state: state, changes: Self.noTrust)
            #expect(missing.status == 2 && missing.output.contains("--ca-file: cannot read /nonexistent.pem"))
        }
    }

    @Test("doctor reports the TLS version, the certificate's issuer and expiry; untrusted, it names the failure")
    func doctor() async throws {
        try await Self.withHTTPSSandbox { sandbox, pki, state in
            var environment = Self.noTrust
            environment["TERM"] = "xterm"
            let trusted = try await ScriptEndToEndTests.np6subs(
                ["doctor", "--ca-file", pki.caCertificate], sandbox: sandbox, state: state, changes: environment)
            let line = trusted.output.split(separator: "\n").first { $0.hasPrefix("✓ TLS:") }.map(String.init) ?? ""
            #expect(
                line.contains("TLS 1.") && line.contains("issued by") && line.contains("np6-subs test CA")
                    && line.contains("valid until"), "\(trusted.output)")
            let untrusted = try await ScriptEndToEndTests.np6subs(
                ["doctor"], sandbox: sandbox, state: state, changes: environment)
            #expect(untrusted.status == 1)
            #expect(untrusted.output.contains("✗ TLS: the server's certificate is signed by"), "\(untrusted.output)")
        }
    }
}
