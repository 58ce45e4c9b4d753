import ArgumentParser
import Localization

/// `--reason` and `--audit-log`: what the journal records beside every write, and where else it
/// goes. Taken by the browser, `delete` and `restore`.
struct AuditOptions: ParsableArguments {
    @Option(
        help:
            ArgumentHelp(Message.helpAuditReason.text())
    )
    var reason: String?

    @Option(
        name: .customLong("audit-log"),
        help:
            ArgumentHelp(Message.helpAuditAuditLog.text())
    )
    var auditLog: String?

    /// The flag, else `NP6_AUDIT_LOG`; nil when neither names a file.
    func auditLogPath(environment: [String: String]) -> String? {
        let path = auditLog ?? environment["NP6_AUDIT_LOG"]
        guard let path, !path.trimmingWhitespace().isEmpty else { return nil }
        return path
    }

    /// A blank reason is none.
    var givenReason: String? {
        guard let reason, !reason.trimmingWhitespace().isEmpty else { return nil }
        return reason
    }
}
