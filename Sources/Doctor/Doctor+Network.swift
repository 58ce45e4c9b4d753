import Essentials
import Foundation
import NP6
import Settings

extension Doctor {
    /// DNS, TCP, TLS and an HTTP answer, the proxy, the key as the server sees it, the clock.
    static func networkSteps(
        _ plan: ConnectionPlan, key: APIKey?, flags: ConnectionResolver.Flags, environment: [String: String],
        report: DoctorReport
    ) async throws(OutputError) {
        let baseURL = plan.baseURL
        let reachable = try await reachabilitySteps(baseURL, proxy: plan.proxy, report: report)
        var serverDate: Date?
        var answered = false
        var proxyRefusal: String?
        if reachable {
            (answered, serverDate, proxyRefusal) = try await answerStep(
                baseURL, trustRoots: plan.trustRoots, proxy: plan.proxy, report: report)
        } else {
            try report.skip("TLS", because: "no connection")
        }
        if proxyRefusal == nil {
            try report.report(
                proxyCheck(plan.proxy, baseURL: baseURL, environment: environment, noProxyFlag: flags.noProxy))
        }
        if !answered {
            try report.skip("key accepted", because: "the server did not answer")
        } else if let key {
            try report.report(
                await keyCheck(baseURL: baseURL, key: key, trustRoots: plan.trustRoots, proxy: plan.proxy))
        } else {
            try report.skip("key accepted", because: "no key")
        }
        try clockStep(serverDate: serverDate, answered: answered, report: report)
    }

    /// DNS, then TCP. Through a proxy, this machine resolves and reaches the proxy; the proxy the
    /// server. Returns whether the connection was made.
    static func reachabilitySteps(_ baseURL: NP6BaseURL, proxy: ProxySettings?, report: DoctorReport)
        async throws(OutputError) -> Bool
    {
        let (dialHost, dialPort) = proxy.map { ($0.host, $0.port) } ?? (baseURL.host, baseURL.connectPort)
        let what = proxy.map { "the proxy \($0.display)" } ?? "\(dialHost):\(dialPort)"
        switch await NetworkProbe.resolve(dialHost, port: dialPort) {
        case .success(let addresses):
            let name = proxy == nil ? dialHost : "the proxy's host \(dialHost)"
            try report.report(.pass("DNS", "\(name) resolves to \(addresses.prefix(3).joined(separator: ", "))"))
        case .failure(let failure):
            let fix =
                proxy.map { "check the proxy's host (\($0.origin))" }
                ?? "check the host name in the base URL, and this machine's DNS (resolvectl status)"
            try report.report(.fail("DNS", "\(dialHost) does not resolve: \(failure.reason)", fix: fix))
            try report.skip("TCP", because: "the host does not resolve")
            return false
        }
        switch await NetworkProbe.connect(dialHost, port: dialPort, timeout: DoctorTimeouts.connect) {
        case .success(let elapsed):
            try report.report(.pass("TCP", "connected to \(what) in \(Int((elapsed.seconds * 1000).rounded())) ms"))
            return true
        case .failure(let failure):
            let fix =
                proxy.map { "check the proxy's host and port (\($0.origin)), and that it runs" }
                ?? "check that the host and port are right and that a firewall lets this machine through"
            try report.report(
                .fail("TCP", "cannot connect to \(what): \(UntrustedText.sanitized(failure.reason))", fix: fix))
            return false
        }
    }

    /// One GET through the program's own transport: TLS verified (its details), and an HTTP
    /// answer. A TLS failure is told by its type; its reason already says which failure it was.
    static func answerStep(
        _ baseURL: NP6BaseURL, trustRoots: [String], proxy: ProxySettings?, report: DoctorReport
    ) async throws(OutputError) -> (answered: Bool, serverDate: Date?, proxyRefusal: String?) {
        let transport = AsyncHTTPClientTransport(
            connectTimeout: DoctorTimeouts.connect, additionalTrustRoots: trustRoots, proxy: proxy)
        let answer = await NetworkProbe.answer(baseURL, transport: transport, timeout: DoctorTimeouts.answer)
        await transport.shutdown()
        let reason: String
        switch answer {
        case .success(let response):
            if let proxy {
                try report.report(tlsThroughProxy(baseURL, proxy: proxy))
            } else {
                try report.report(await tlsCheck(baseURL, port: baseURL.connectPort, trustRoots: trustRoots))
            }
            return (true, response.header("Date").flatMap(RetryPolicy.httpDate), nil)
        case .failure(.tlsFailed(let text)):
            try report.report(
                .fail(
                    "TLS", UntrustedText.sanitized(text),
                    fix: "as the line says; np6-subs never switches verification off"))
            return (false, nil, nil)
        case .failure(.proxyFailed(let text)):
            // The proxy's refusal (a 407, a CONNECT it would not open) is the proxy's step, said
            // first: the server was never reached.
            try report.report(
                .fail(
                    "proxy", UntrustedText.sanitized(text),
                    fix: "as the line says: the proxy's URL, its credentials or its rules, not the NP6 server"))
            try report.skip("TLS", because: "the proxy did not open the way to \(baseURL.host)")
            return (false, nil, text)
        case .failure(.connectionFailed(let text)), .failure(.connectionLost(let text)): reason = text
        case .failure(.timeout): reason = "no answer within \(DoctorTimeouts.text(DoctorTimeouts.answer))"
        case .failure(.bodyTooLarge): reason = "the answer was too large"
        case .failure(.cancelled): reason = "cancelled"
        }
        try report.report(
            .fail(
                "TLS", "no HTTP answer from \(baseURL.host): \(UntrustedText.sanitized(reason))",
                fix: "check that the base URL points at the NP6 API"))
        return (false, nil, nil)
    }

    /// This machine's clock against the server's `Date`.
    static func clockStep(serverDate: Date?, answered: Bool, report: DoctorReport) throws(OutputError) {
        guard let serverDate else {
            if answered {
                try report.report(.pass("clock", "not compared: the server sent no Date header"))
            } else {
                try report.skip("clock", because: "the server did not answer")
            }
            return
        }
        let skew = Date().timeIntervalSince(serverDate)
        let text =
            abs(skew) < 1
            ? "within a second of the server's"
            : String(format: "%.0f s %@ the server's", abs(skew), skew > 0 ? "ahead of" : "behind")
        if abs(skew) <= 120 {
            try report.report(.pass("clock", text))
        } else {
            try report.report(
                .fail(
                    "clock", text + ": dates, ages and the journal's times would be off",
                    fix: "synchronise the clock (timedatectl set-ntp true)"))
        }
    }
}
