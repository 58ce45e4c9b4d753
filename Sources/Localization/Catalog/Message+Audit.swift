extension Message {
    // The team's audit trail: the collector, the spool, `audit` and its refusals.
    public static func auditSpooled(collector: String, reason: String, count: Int, command: String) -> Message {
        Message(
            .auditSpooled,
            ["collector": .text(collector), "reason": .text(reason), "count": .count(count), "command": .text(command)])
    }
    public static func auditNotRecorded(entry: String, error: String) -> Message {
        Message(.auditNotRecorded, ["entry": .text(entry), "error": .text(error)])
    }
    public static func auditRefused(collector: String, reason: String, command: String) -> Message {
        Message(.auditRefused, ["collector": .text(collector), "reason": .text(reason), "command": .text(command)])
    }
    public static let configAuditMapping = Message(.configAuditMapping)
    public static let configAuditSyslog = Message(.configAuditSyslog)
    public static func configAuditFilePath(field: String) -> Message {
        Message(.configAuditFilePath, ["field": .text(field)])
    }
    public static let configAuditTimeout = Message(.configAuditTimeout)
    public static let configAuditPair = Message(.configAuditPair)
    public static let configAuditTLSFiles = Message(.configAuditTLSFiles)
    public static let bannerAudit = Message(.bannerAudit)
    public static let auditNoCollector = Message(.auditNoCollector)
    public static let auditNothingWaiting = Message(.auditNothingWaiting)
    public static func auditWaiting(collector: String, count: Int) -> Message {
        Message(.auditWaiting, ["collector": .text(collector), "count": .count(count)])
    }
    public static let auditColumnSequence = Message(.auditColumnSequence)
    public static let auditColumnPhase = Message(.auditColumnPhase)
    public static func auditFlushHint(command: String) -> Message {
        Message(.auditFlushHint, ["command": .text(command)])
    }
    public static let auditNoCollectorConfigured = Message(.auditNoCollectorConfigured)
    public static func auditFlushFailed(collector: String, reason: String, count: Int) -> Message {
        Message(.auditFlushFailed, ["collector": .text(collector), "reason": .text(reason), "count": .count(count)])
    }
    public static func auditFlushed(collector: String, count: Int) -> Message {
        Message(.auditFlushed, ["collector": .text(collector), "count": .count(count)])
    }
    public static func auditNoEvents(path: String) -> Message {
        Message(.auditNoEvents, ["path": .text(path)])
    }
    public static func auditChainLine(chain: String, machine: String, operators: String, count: Int) -> Message {
        Message(
            .auditChainLine,
            ["chain": .text(chain), "machine": .text(machine), "operators": .text(operators), "count": .count(count)])
    }
    public static func auditMissing(sequences: String, count: Int) -> Message {
        Message(.auditMissing, ["sequences": .text(sequences), "count": .count(count)])
    }
    public static func auditEdited(sequences: String, lines: String, count: Int) -> Message {
        Message(.auditEdited, ["sequences": .text(sequences), "lines": .text(lines), "count": .count(count)])
    }
    public static func auditDuplicates(count: Int) -> Message {
        Message(.auditDuplicates, ["count": .count(count)])
    }
    public static func auditChainWhole(last: Int) -> Message {
        Message(.auditChainWhole, ["last": .count(last)])
    }
    public static func auditVerifyPassed(count: Int) -> Message {
        Message(.auditVerifyPassed, ["count": .count(count)])
    }
    public static func auditVerifyFailed(count: Int) -> Message {
        Message(.auditVerifyFailed, ["count": .count(count)])
    }
    public static func auditEntryIncomplete(entry: String, count: Int) -> Message {
        Message(.auditEntryIncomplete, ["entry": .text(entry), "count": .count(count)])
    }
    public static let helpAuditAbstract = Message(.helpAuditAbstract)
    public static let helpAuditStatusAbstract = Message(.helpAuditStatusAbstract)
    public static let helpAuditFlushAbstract = Message(.helpAuditFlushAbstract)
    public static let helpAuditVerifyAbstract = Message(.helpAuditVerifyAbstract)
    public static let helpAuditFile = Message(.helpAuditFile)
    public static let helpAuditShowAbstract = Message(.helpAuditShowAbstract)
    public static let helpAuditOperator = Message(.helpAuditOperator)
    public static let helpRestoreFromAudit = Message(.helpRestoreFromAudit)
    public static func refusingDeleteAudit(error: String) -> Message {
        Message(.refusingDeleteAudit, ["error": .text(error)])
    }
    public static func refusingRestoreAudit(error: String) -> Message {
        Message(.refusingRestoreAudit, ["error": .text(error)])
    }
    public static let doctorStepAudit = Message(.doctorStepAudit)
    public static let doctorAuditNone = Message(.doctorAuditNone)
    public static let doctorAuditFix = Message(.doctorAuditFix)
    public static func doctorAuditTestSent(collector: String) -> Message {
        Message(.doctorAuditTestSent, ["collector": .text(collector)])
    }
    public static let doctorAuditTLSFix = Message(.doctorAuditTLSFix)
}
