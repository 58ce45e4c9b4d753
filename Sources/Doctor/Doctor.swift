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
    public static func run(_ flags: ConnectionResolver.Flags, environment: [String: String], print: (String) throws(OutputError) -> Void) async throws(
        OutputError
    ) -> Int32 {
        var failed = false
        func report(_ check: DoctorCheck) throws(OutputError) {
            if !check.passed { failed = true }
            try print(check.text)
        }
        func skip(_ step: String, because reason: String) throws(OutputError) {
            try report(.fail(step, "not checked: \(reason)", fix: "fix the step above first"))
        }

        // The config file and the profile.
        let configPath = ConfigFile.path(environment: environment)
        var config: ProfileConfig?
        var configProblem: String?
        switch Result(catching: { () throws(UsageError) in try ConfigFile.load(environment: environment) }) {
        case .success(let loaded):
            config = loaded
            if let loaded {
                let warnings = loaded.warnings.isEmpty ? "" : " with \(CountText.of(loaded.warnings.count, "warning")) (below)"
                try report(.pass("config", "\(configPath) parses: \(CountText.of(loaded.profiles.count, "profile"))\(warnings)"))
                for warning in loaded.warnings { try print("    warning: \(UntrustedText.sanitized(warning))") }
            } else {
                try report(.pass("config", "no file at \(configPath): flags and environment only (np6-subs config init writes one)"))
            }
        case .failure(let error):
            configProblem = "the config file does not parse"
            try report(.fail("config", error.description, fix: "correct the file at the place named (np6-subs config path)"))
        }

        var plan: ConnectionPlan?
        if let configProblem {
            try skip("profile", because: configProblem)
        } else {
            switch Result(catching: { () throws(UsageError) in try ConnectionResolver.plan(flags, environment: environment, config: config) }) {
            case .success(let made):
                plan = made
                if let profile = made.profile {
                    let origin = flags.profile != nil ? "--profile" : !(environment["NP6_PROFILE"] ?? "").isEmpty ? "NP6_PROFILE" : "default_profile"
                    try report(.pass("profile", "\(profile.name)\(profile.label.map { " (\($0))" } ?? "") from \(origin), \(made.baseURL.displayHost)"))
                } else {
                    try report(.pass("profile", "none in use, \(made.baseURL.displayHost)"))
                }
                for notice in made.notices { try print("    note: \(UntrustedText.sanitized(notice))") }
            case .failure(let error):
                try report(.fail("profile", error.description, fix: "np6-subs profiles lists the profiles; pick one with --profile NAME"))
            }
        }

        // The key.
        var key: APIKey?
        if let plan {
            if let source = plan.keySource, let origin = plan.keyOrigin {
                let connected: Result<Connection, UsageError>
                do { connected = .success(try await plan.connect(environment: environment)) } catch { connected = .failure(error) }
                switch connected {
                case .success(let connection):
                    key = connection.apiKey
                    try report(.pass("key", "read from \(source.location) (\(origin))"))
                case .failure(let error):
                    try report(.fail("key", error.description, fix: keyFix(source)))
                }
            } else {
                try report(.fail("key", "nothing names a key", fix: "set NP6_API_KEY, pass --key-file PATH, or give the profile a key_file, key_env or key_command"))
            }
        } else {
            try skip("key", because: "no profile to read it from")
        }

        // The network, step by step.
        guard let baseURL = plan?.baseURL else {
            for step in ["DNS", "TCP", "TLS", "proxy", "key accepted", "clock"] { try skip(step, because: "no base URL") }
            return try finishLocal(environment: environment, failed: failed, report: report)
        }
        let port = baseURL.port ?? (baseURL.scheme == "https" ? 443 : 80)
        // Through a proxy, this machine resolves and reaches the proxy; the proxy the server.
        let proxy = plan?.proxy
        let (dialHost, dialPort) = proxy.map { ($0.host, $0.port) } ?? (baseURL.host, port)
        let what = proxy.map { "the proxy \($0.display)" } ?? baseURL.host
        var reachable = false
        switch await NetworkProbe.resolve(dialHost, port: dialPort) {
        case .success(let addresses):
            try report(.pass("DNS", "\(proxy == nil ? dialHost : "the proxy's host \(dialHost)") resolves to \(addresses.prefix(3).joined(separator: ", "))"))
            switch await NetworkProbe.connect(dialHost, port: dialPort) {
            case .success(let elapsed):
                reachable = true
                try report(.pass("TCP", "connected to \(proxy == nil ? "\(dialHost):\(dialPort)" : what) in \(Int((elapsed.seconds * 1000).rounded())) ms"))
            case .failure(let failure):
                try report(.fail(
                    "TCP", "cannot connect to \(proxy == nil ? "\(dialHost):\(dialPort)" : what): \(UntrustedText.sanitized(failure.reason))",
                    fix: proxy.map { "check the proxy's host and port (\($0.origin)), and that it runs" }
                        ?? "check that the host and port are right and that a firewall lets this machine through"))
            }
        case .failure(let failure):
            try report(.fail(
                "DNS", "\(dialHost) does not resolve: \(failure.reason)",
                fix: proxy.map { "check the proxy's host (\($0.origin))" } ?? "check the host name in the base URL, and this machine's DNS (resolvectl status)"))
            try skip("TCP", because: "the host does not resolve")
        }

        var serverDate: Date?
        var answered = false
        let trustRoots = plan?.trustRoots ?? []
        if reachable {
            let transport = AsyncHTTPClientTransport(connectTimeout: .seconds(5), additionalTrustRoots: trustRoots, proxy: proxy)
            let answer = await NetworkProbe.answer(baseURL, transport: transport)
            await transport.shutdown()
            switch answer {
            case .success(let response):
                answered = true
                serverDate = response.header("Date").flatMap(RetryPolicy.httpDate)
                if let proxy {
                    try report(tlsThroughProxy(baseURL, proxy: proxy))
                } else {
                    try report(await tlsCheck(baseURL, port: port, trustRoots: trustRoots))
                }
            case .failure(let error):
                let reason: String
                switch error {
                case .connectionFailed(let text), .connectionLost(let text): reason = text
                case .timeout: reason = "no answer within 10 s"
                case .bodyTooLarge: reason = "the answer was too large"
                case .cancelled: reason = "cancelled"
                }
                // A TLS failure's reason already says which failure and its fix.
                let tls = reason.lowercased().contains("certificate") || reason.lowercased().contains("tls")
                try report(.fail(
                    "TLS", tls ? UntrustedText.sanitized(reason) : "no HTTP answer from \(baseURL.host): \(UntrustedText.sanitized(reason))",
                    fix: tls ? "as the line says; np6-subs never switches verification off" : "check that the base URL points at the NP6 API"))
            }
        } else {
            try skip("TLS", because: "no connection")
        }

        try report(proxyCheck(proxy, baseURL: baseURL, environment: environment, noProxyFlag: flags.noProxy))

        if !answered {
            try skip("key accepted", because: "the server did not answer")
        } else if let key {
            try report(await keyCheck(baseURL: baseURL, key: key, trustRoots: trustRoots, proxy: proxy))
        } else {
            try skip("key accepted", because: "no key")
        }

        if let serverDate {
            let skew = Date().timeIntervalSince(serverDate)
            let text = abs(skew) < 1 ? "within a second of the server's" : String(format: "%.0f s %@ the server's", abs(skew), skew > 0 ? "ahead of" : "behind")
            if abs(skew) <= 120 {
                try report(.pass("clock", text))
            } else {
                try report(.fail("clock", text + ": dates, ages and the journal's times would be off", fix: "synchronise the clock (timedatectl set-ntp true)"))
            }
        } else if answered {
            try report(.pass("clock", "not compared: the server sent no Date header"))
        } else {
            try skip("clock", because: "the server did not answer")
        }
        return try finishLocal(environment: environment, failed: failed, report: report)
    }

    /// The terminal and the journal, which need no network; then the exit status.
    static func finishLocal(environment: [String: String], failed: Bool, report: (DoctorCheck) throws(OutputError) -> Void) throws(OutputError) -> Int32 {
        var failed = failed
        for check in LocalChecks.terminal(environment: environment) + [LocalChecks.journalFolder(environment: environment)] {
            if !check.passed { failed = true }
            try report(check)
        }
        return failed ? 1 : 0
    }

    static func keyFix(_ source: KeySource) -> String {
        switch source {
        case .file(let path): "make '\(path)' hold the key on its first line, readable only by you (chmod 600)"
        case .environment(let name): "export \(name) with the key (np6-subs reads it, never prints it)"
        case .command(let argv): "run `\(KeySource.shellWords(argv))` yourself: it must exit 0 within 10 s and print the key on its first line"
        }
    }

    /// The proxy in use and where it was set (its credentials never shown), or why none is.
    static func proxyCheck(_ proxy: ProxySettings?, baseURL: NP6BaseURL, environment: [String: String], noProxyFlag: Bool) -> DoctorCheck {
        if let proxy {
            let tunnel = baseURL.scheme == "https" ? "; https goes through a CONNECT tunnel, so it never sees the key" : ""
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
        let extra = trustRoots.isEmpty ? "the system's trust store" : "the system's trust store and \(trustRoots.joined(separator: ", "))"
        guard let peer = try? await TLSProbe.handshake(host: baseURL.host, port: port, trustRoots: trustRoots, verify: true) else {
            return .pass("TLS", "the certificate of \(baseURL.host) verifies with \(extra)")
        }
        let expiry = ISO8601Timestamp(secondsSince1970: peer.notValidAfter.timeIntervalSince1970).utcDay
        let days = Int(peer.notValidAfter.timeIntervalSinceNow / 86_400)
        let text = "\(peer.version); certificate \(UntrustedText.sanitized(peer.subject)), issued by \(UntrustedText.sanitized(peer.issuer)), valid until \(expiry) (\(CountText.of(days, "day")) left); verified with \(extra)"
        if days < 14 { return .fail("TLS", text, fix: "the certificate expires soon: tell the server's owner") }
        return .pass("TLS", text)
    }

    /// Behind a proxy the handshake happened inside its tunnel; its details are the transport's.
    static func tlsThroughProxy(_ baseURL: NP6BaseURL, proxy: ProxySettings) -> DoctorCheck {
        .pass("TLS", baseURL.scheme == "https" ? "the certificate of \(baseURL.host) verifies, through the tunnel of \(proxy.display)" : "not used: http on loopback")
    }

    static func keyCheck(baseURL: NP6BaseURL, key: APIKey, trustRoots: [String], proxy: ProxySettings?) async -> DoctorCheck {
        let client = NP6Client(
            configuration: .init(baseURL: baseURL, retryPolicy: .none, additionalTrustRoots: trustRoots, proxy: proxy), apiKey: key)
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
            return .fail("key accepted", error.message, fix: "the server answered, but not as the NP6 API does: check the base URL")
        }
    }
}
