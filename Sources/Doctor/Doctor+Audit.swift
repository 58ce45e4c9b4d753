import AuditTrail
import Essentials
import FoundationEssentials
import Journal
import Localization
import NP6
import StateFolder

extension Doctor {
    /// The audit collector, when the config names one: its name resolves, TCP connects, and a
    /// test event goes through TLS (outside every chain: `audit verify` passes it over). Then
    /// what waits in the spool.
    static func auditSteps(_ collector: AuditCollector?, environment: [String: String], report: DoctorReport)
        async throws(OutputError)
    {
        let step = Message.doctorStepAudit.text()
        guard let collector else {
            // No collector is a choice, not a fault: the journal alone records the writes.
            try report.report(.pass(step, Message.doctorAuditNone.text()))
            return
        }
        switch await NetworkProbe.resolve(collector.host, port: collector.port) {
        case .success(let addresses):
            try report.report(
                .pass(
                    step + " DNS",
                    Message.doctorResolves(
                        name: collector.host, addresses: addresses.prefix(3).joined(separator: ", ")
                    ).text()))
        case .failure(let failure):
            try report.report(
                .fail(
                    step + " DNS", Message.doctorDoesNotResolve(host: collector.host, reason: failure.reason).text(),
                    fix: Message.doctorAuditFix.text()))
            return
        }
        switch await NetworkProbe.connect(collector.host, port: collector.port, timeout: DoctorTimeouts.connect) {
        case .success(let elapsed):
            let milliseconds = Int((elapsed.seconds * 1000).rounded())
            try report.report(
                .pass(
                    step + " TCP",
                    Message.doctorConnectedIn(what: collector.display, milliseconds: milliseconds).text()))
        case .failure(let failure):
            try report.report(
                .fail(
                    step + " TCP",
                    Message.doctorCannotConnect(
                        what: collector.display, reason: UntrustedText.sanitized(failure.reason)
                    )
                    .text(), fix: Message.doctorAuditFix.text()))
            return
        }
        let test = AuditLedger.testMessage(
            operatorName: DeletionJournal.currentOperator(environment: environment), machine: AuditTrail.hostName(),
            time: ISO8601Timestamp(secondsSince1970: Date().timeIntervalSince1970).iso8601String)
        let transport = collector.transport == .tls ? "TLS" : "TCP"
        var failure: AuditFailure?
        do { try await SyslogSender.send([test], to: collector) } catch { failure = error }
        if let failure {
            try report.report(
                .fail(
                    step + " " + transport, UntrustedText.sanitized(failure.description),
                    fix: Message.doctorAuditTLSFix.text()))
        } else {
            try report.report(
                .pass(step + " " + transport, Message.doctorAuditTestSent(collector: collector.display).text()))
        }
        let waiting = AuditLedger(stateDirectory: StatePaths.directory(environment: environment), collector: collector)
            .pending().count
        if waiting > 0 {
            try report.report(
                .fail(
                    step, Message.auditWaiting(collector: collector.display, count: waiting).text(),
                    fix: Message.auditFlushHint(command: "`np6-subs audit flush`").text()))
        }
    }
}
