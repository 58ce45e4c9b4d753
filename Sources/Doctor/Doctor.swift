import Essentials
import Foundation
import NP6
import Settings

/// `np6-subs doctor`: every step between this machine and a working session, in order, one ✓
/// or ✗ line each with the fix for every ✗. A step that needs an earlier one that failed says
/// so instead of failing on its own. It never prints the key.
public enum Doctor {
    /// Runs every check and prints each line as soon as it is known; returns the exit status
    /// (0 when everything passed, 1 otherwise).
    public static func run(
        _ flags: ConnectionResolver.Flags, environment: [String: String],
        print: @escaping (String) throws(OutputError) -> Void
    ) async throws(OutputError) -> Int32 {
        let report = DoctorReport(print: print)
        let config = try configStep(environment: environment, report: report)
        let plan = try profileStep(flags, config: config, environment: environment, report: report)
        let key = try await keyStep(plan, environment: environment, report: report)
        if let plan {
            try await networkSteps(plan, key: key, flags: flags, environment: environment, report: report)
        } else {
            for step in ["DNS", "TCP", "TLS", "proxy", "key accepted", "clock"] {
                try report.skip(step, because: "no base URL")
            }
        }
        return try finishLocal(environment: environment, report: report)
    }

    /// The terminal and the journal, which need no network; then the exit status.
    static func finishLocal(environment: [String: String], report: DoctorReport) throws(OutputError) -> Int32 {
        for check in LocalChecks.terminal(environment: environment) + [
            LocalChecks.journalFolder(environment: environment)
        ] {
            try report.report(check)
        }
        return report.failed ? 1 : 0
    }

    static func keyFix(_ source: KeySource) -> String {
        switch source {
        case .file(let path): "make '\(path)' hold the key on its first line, readable only by you (chmod 600)"
        case .environment(let name): "export \(name) with the key (np6-subs reads it, never prints it)"
        case .command(let argv):
            """
            run the profile's key_command (\(KeySource.programWords(argv))) yourself: it must exit 0 within \
            \(DoctorTimeouts.text(KeyCommand.defaultTimeout)) and print the key on its first line
            """
        }
    }

    /// The proxy in use and where it was set (its credentials never shown), or why none is.
    static func proxyCheck(
        _ proxy: ProxySettings?, baseURL: NP6BaseURL, environment: [String: String], noProxyFlag: Bool
    ) -> DoctorCheck {
        if let proxy {
            let tunnel =
                baseURL.scheme == "https" ? "; https goes through a CONNECT tunnel, so it never sees the key" : ""
            let credentials = proxy.hasCredentials ? " with credentials (hidden)" : ""
            return .pass("proxy", "\(proxy.display) from \(proxy.origin)\(credentials)\(tunnel)")
        }
        if noProxyFlag { return .pass("proxy", "none: --no-proxy ignores the environment") }
        let names = ["https_proxy", "HTTPS_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]
        if names.contains(where: { !(environment[$0] ?? "").isEmpty }) {
            return .pass("proxy", "none for \(baseURL.host): NO_PROXY sends it direct")
        }
        return .pass("proxy", "none in use: np6-subs connects directly")
    }

    /// One cheap authenticated GET: the applications (200), or, for a key that may not list
    /// them (403), a lookup of a contact nobody has (404 means the key was accepted).
    /// What the verified handshake negotiated: the TLS version, the certificate's subject, issuer
    /// and expiry, and the roots trusted besides the system's.
    static func tlsCheck(_ baseURL: NP6BaseURL, port: Int, trustRoots: [String]) async -> DoctorCheck {
        guard baseURL.scheme == "https" else { return .pass("TLS", "not used: http on loopback") }
        let extra =
            trustRoots.isEmpty
            ? "the system's trust store" : "the system's trust store and \(trustRoots.joined(separator: ", "))"
        guard
            let peer = try? await TLSProbe.handshake(
                host: baseURL.host, port: port, trustRoots: trustRoots, verify: true)
        else {
            return .pass("TLS", "the certificate of \(baseURL.host) verifies with \(extra)")
        }
        let expiry = ISO8601Timestamp(secondsSince1970: peer.notValidAfter.timeIntervalSince1970).utcDay
        let days = Int(peer.notValidAfter.timeIntervalSinceNow / 86_400)
        let text =
            """
            \(peer.version); certificate \(UntrustedText.sanitized(peer.subject)), issued by \
            \(UntrustedText.sanitized(peer.issuer)), valid until \(expiry) (\(CountText.of(days, "day")) left); \
            verified with \(extra)
            """
        if days < 14 { return .fail("TLS", text, fix: "the certificate expires soon: tell the server's owner") }
        return .pass("TLS", text)
    }

    /// Behind a proxy the handshake happened inside its tunnel; its details are the transport's.
    static func tlsThroughProxy(_ baseURL: NP6BaseURL, proxy: ProxySettings) -> DoctorCheck {
        .pass(
            "TLS",
            baseURL.scheme == "https"
                ? "the certificate of \(baseURL.host) verifies, through the tunnel of \(proxy.display)"
                : "not used: http on loopback")
    }

    static func keyCheck(baseURL: NP6BaseURL, key: APIKey, trustRoots: [String], proxy: ProxySettings?) async
        -> DoctorCheck
    {
        let client = NP6Client(
            configuration: .init(baseURL: baseURL, retryPolicy: .none, additionalTrustRoots: trustRoots, proxy: proxy),
            apiKey: key)
        let check = await keyCheck(client)
        await client.shutdown()
        return check
    }

    private static func keyCheck(_ client: NP6Client) async -> DoctorCheck {
        let wrongKey = "check the key source above: the key may be wrong, revoked or for another account"
        do {
            _ = try await client.perform(.listApplications)
            return .pass("key accepted", "GET /parameters/applications answered 200")
        } catch .unauthorized {
            return .fail("key accepted", "the server refused the key (401)", fix: wrongKey)
        } catch .forbidden {
            do {
                _ = try await client.perform(.listByUnicity("np6-subs-doctor-probe"))
                return .pass("key accepted", "accepted, but it may not list applications (403): names show as ids")
            } catch .notFound {
                return .pass("key accepted", "accepted, but it may not list applications (403): names show as ids")
            } catch {
                return .fail("key accepted", "the server refused the key (\(error.message))", fix: wrongKey)
            }
        } catch {
            return .fail(
                "key accepted", error.message,
                fix: "the server answered, but not as the NP6 API does: check the base URL")
        }
    }
}
