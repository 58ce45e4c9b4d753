import Essentials
import FoundationEssentials
import Localization
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
            try await auditSteps(plan.audit, environment: environment, report: report)
        } else {
            for step in [
                "DNS", "TCP", "TLS", Message.doctorStepProxy.text(), Message.doctorStepKeyAccepted.text(),
                Message.doctorStepClock.text(),
            ] {
                try report.skip(step, because: Message.doctorNoBaseURL.text())
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
        case .file(let path): Message.doctorKeyFixFile(path: path).text()
        case .environment(let name): Message.doctorKeyFixEnvironment(name: name).text()
        case .command(let argv):
            Message.doctorKeyFixCommand(
                program: KeySource.programWords(argv), timeout: DoctorTimeouts.text(KeyCommand.defaultTimeout)
            ).text()
        }
    }

    /// The proxy in use and where it was set (its credentials never shown), or why none is.
    static func proxyCheck(
        _ proxy: ProxySettings?, baseURL: NP6BaseURL, environment: [String: String], noProxyFlag: Bool
    ) -> DoctorCheck {
        let step = Message.doctorStepProxy.text()
        if let proxy {
            let tunnel = baseURL.scheme == "https" ? Message.doctorProxyTunnel.text() : ""
            let credentials = proxy.hasCredentials ? Message.doctorProxyCredentials.text() : ""
            return .pass(
                step,
                Message.doctorProxyFrom(
                    proxy: proxy.display, origin: proxy.origin, credentials: credentials, tunnel: tunnel
                ).text())
        }
        if noProxyFlag { return .pass(step, Message.doctorProxyIgnored.text()) }
        let names = ["https_proxy", "HTTPS_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]
        if names.contains(where: { !(environment[$0] ?? "").isEmpty }) {
            return .pass(step, Message.doctorProxyNoProxy(host: baseURL.host).text())
        }
        return .pass(step, Message.doctorProxyNone.text())
    }

    /// One cheap authenticated GET: the applications (200), or, for a key that may not list
    /// them (403), a lookup of a contact nobody has (404 means the key was accepted).
    /// What the verified handshake negotiated: the TLS version, the certificate's subject, issuer
    /// and expiry, and the roots trusted besides the system's.
    static func tlsCheck(_ baseURL: NP6BaseURL, port: Int, trustRoots: [String]) async -> DoctorCheck {
        guard baseURL.scheme == "https" else { return .pass("TLS", Message.doctorTLSNotUsed.text()) }
        let extra =
            trustRoots.isEmpty
            ? Message.doctorTLSTrustStore.text()
            : Message.doctorTLSTrustStoreAnd(roots: trustRoots.joined(separator: ", ")).text()
        guard
            let peer = try? await TLSProbe.handshake(
                host: baseURL.host, port: port, trustRoots: trustRoots, verify: true)
        else {
            return .pass("TLS", Message.doctorTLSVerifies(host: baseURL.host, roots: extra).text())
        }
        let expiry = ISO8601Timestamp(secondsSince1970: peer.notValidAfter.timeIntervalSince1970).utcDay
        let days = Int(peer.notValidAfter.timeIntervalSinceNow / 86_400)
        let text = Message.doctorTLSDetails(
            version: peer.version, subject: UntrustedText.sanitized(peer.subject),
            issuer: UntrustedText.sanitized(peer.issuer), expiry: expiry, days: days, roots: extra
        ).text()
        if days < 14 { return .fail("TLS", text, fix: Message.doctorTLSExpiresSoon.text()) }
        return .pass("TLS", text)
    }

    /// Behind a proxy the handshake happened inside its tunnel; its details are the transport's.
    static func tlsThroughProxy(_ baseURL: NP6BaseURL, proxy: ProxySettings) -> DoctorCheck {
        .pass(
            "TLS",
            baseURL.scheme == "https"
                ? Message.doctorTLSThroughProxy(host: baseURL.host, proxy: proxy.display).text()
                : Message.doctorTLSNotUsed.text())
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
        let wrongKey = Message.doctorKeyWrongFix.text()
        let step = Message.doctorStepKeyAccepted.text()
        do {
            _ = try await client.perform(.listApplications)
            return .pass(step, Message.doctorKeyListed.text())
        } catch .unauthorized {
            return .fail(step, Message.doctorKeyRefused.text(), fix: wrongKey)
        } catch .forbidden {
            do {
                _ = try await client.perform(.listByUnicity("np6-subs-doctor-probe"))
                return .pass(step, Message.doctorKeyNoApplications.text())
            } catch .notFound {
                return .pass(step, Message.doctorKeyNoApplications.text())
            } catch {
                return .fail(step, Message.doctorKeyRefusedBecause(error: error.message).text(), fix: wrongKey)
            }
        } catch {
            return .fail(step, error.message, fix: Message.doctorKeyNotNP6Fix.text())
        }
    }
}
