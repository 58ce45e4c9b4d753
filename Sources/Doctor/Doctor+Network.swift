import Essentials
import FoundationEssentials
import Localization
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
            try report.skip("TLS", because: Message.doctorNoConnection.text())
        }
        if proxyRefusal == nil {
            try report.report(
                proxyCheck(plan.proxy, baseURL: baseURL, environment: environment, noProxyFlag: flags.noProxy))
        }
        let keyAccepted = Message.doctorStepKeyAccepted.text()
        if !answered {
            try report.skip(keyAccepted, because: Message.doctorServerSilent.text())
        } else if let key {
            try report.report(
                await keyCheck(baseURL: baseURL, key: key, trustRoots: plan.trustRoots, proxy: plan.proxy))
        } else {
            try report.skip(keyAccepted, because: Message.doctorNoKey.text())
        }
        try clockStep(serverDate: serverDate, answered: answered, report: report)
    }

    /// DNS, then TCP. Through a proxy, this machine resolves and reaches the proxy; the proxy the
    /// server. Returns whether the connection was made.
    static func reachabilitySteps(_ baseURL: NP6BaseURL, proxy: ProxySettings?, report: DoctorReport)
        async throws(OutputError) -> Bool
    {
        let (dialHost, dialPort) = proxy.map { ($0.host, $0.port) } ?? (baseURL.host, baseURL.connectPort)
        let what = proxy.map { Message.doctorTheProxy(proxy: $0.display).text() } ?? "\(dialHost):\(dialPort)"
        switch await NetworkProbe.resolve(dialHost, port: dialPort) {
        case .success(let addresses):
            let name = proxy == nil ? dialHost : Message.doctorProxyHost(host: dialHost).text()
            try report.report(
                .pass(
                    "DNS",
                    Message.doctorResolves(name: name, addresses: addresses.prefix(3).joined(separator: ", ")).text()
                ))
        case .failure(let failure):
            let fix =
                proxy.map { Message.doctorDNSFixProxy(origin: $0.origin).text() } ?? Message.doctorDNSFix.text()
            try report.report(
                .fail("DNS", Message.doctorDoesNotResolve(host: dialHost, reason: failure.reason).text(), fix: fix))
            try report.skip("TCP", because: Message.doctorHostUnresolved.text())
            return false
        }
        switch await NetworkProbe.connect(dialHost, port: dialPort, timeout: DoctorTimeouts.connect) {
        case .success(let elapsed):
            let milliseconds = Int((elapsed.seconds * 1000).rounded())
            try report.report(.pass("TCP", Message.doctorConnectedIn(what: what, milliseconds: milliseconds).text()))
            return true
        case .failure(let failure):
            let fix =
                proxy.map { Message.doctorTCPFixProxy(origin: $0.origin).text() } ?? Message.doctorTCPFix.text()
            try report.report(
                .fail(
                    "TCP",
                    Message.doctorCannotConnect(what: what, reason: UntrustedText.sanitized(failure.reason)).text(),
                    fix: fix))
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
                .fail("TLS", UntrustedText.sanitized(text), fix: Message.doctorTLSFix.text()))
            return (false, nil, nil)
        case .failure(.proxyFailed(let text)):
            // The proxy's refusal (a 407, a CONNECT it would not open) is the proxy's step, said
            // first: the server was never reached.
            try report.report(
                .fail(Message.doctorStepProxy.text(), UntrustedText.sanitized(text), fix: Message.doctorProxyFix.text())
            )
            try report.skip("TLS", because: Message.doctorProxyNoWay(host: baseURL.host).text())
            return (false, nil, text)
        case .failure(.connectionFailed(let text)), .failure(.connectionLost(let text)): reason = text
        case .failure(.timeout):
            reason = Message.doctorNoAnswerWithin(timeout: DoctorTimeouts.text(DoctorTimeouts.answer)).text()
        case .failure(.bodyTooLarge): reason = Message.doctorAnswerTooLarge.text()
        case .failure(.cancelled): reason = Message.doctorCancelled.text()
        }
        try report.report(
            .fail(
                "TLS", Message.doctorNoHTTPAnswer(host: baseURL.host, reason: UntrustedText.sanitized(reason)).text(),
                fix: Message.doctorNoHTTPAnswerFix.text()))
        return (false, nil, nil)
    }

    /// This machine's clock against the server's `Date`.
    static func clockStep(serverDate: Date?, answered: Bool, report: DoctorReport) throws(OutputError) {
        let step = Message.doctorStepClock.text()
        guard let serverDate else {
            if answered {
                try report.report(.pass(step, Message.doctorClockNoDate.text()))
            } else {
                try report.skip(step, because: Message.doctorServerSilent.text())
            }
            return
        }
        let skew = Date().timeIntervalSince(serverDate)
        let seconds = Int(abs(skew).rounded())
        let text =
            abs(skew) < 1
            ? Message.doctorClockWithin.text()
            : (skew > 0 ? Message.doctorClockAhead(seconds: seconds) : Message.doctorClockBehind(seconds: seconds))
                .text()
        if abs(skew) <= 120 {
            try report.report(.pass(step, text))
        } else {
            try report.report(
                .fail(step, Message.doctorClockOff(skew: text).text(), fix: Message.doctorClockFix.text()))
        }
    }
}
