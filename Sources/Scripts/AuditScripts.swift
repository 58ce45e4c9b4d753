import AuditTrail
import Essentials
import Formatting
import Journal
import Localization
import NP6

/// `audit status`, `audit flush`, `audit verify` and `audit show`: the team's trail from this
/// machine's side (the spool) and from the collector's (a collected file).
public enum AuditScripts {
    /// What waits in each collector's spool in this state folder.
    public static func status(stateDirectory: String) throws(OutputError) -> ScriptExit {
        let ledgers = AuditLedger.all(stateDirectory: stateDirectory)
        let waiting = ledgers.map { ($0, $0.pending()) }
        guard waiting.contains(where: { !$0.1.isEmpty }) else {
            try Console.out(ConsoleText(ledgers.isEmpty ? .auditNoCollector : .auditNothingWaiting))
            return .ok
        }
        for (ledger, events) in waiting where !events.isEmpty {
            try Console.out(ConsoleText(.auditWaiting(collector: ledger.collectorName, count: events.count)))
            let rows = events.map { pending in
                let event = pending.event
                return [
                    String(event.sequence ?? 0), event.value("phase") ?? "", String(event.entry.prefix(8)),
                    DateText.local(recorded: event.value("time") ?? "", timeZone: .current, seconds: true),
                    event.value("operation") ?? "", event.value("contact") ?? "—",
                ]
            }
            let titles: [Message] = [
                .auditColumnSequence, .auditColumnPhase, .journalColumnEntry, .journalColumnWhen,
                .journalColumnOperation, .journalColumnContact,
            ]
            try Console.out(TextTable.render(header: titles.map { $0.text() }, rows: rows))
        }
        try Console.out(ConsoleText(.auditFlushHint(command: "`np6-subs audit flush`")))
        return .ok
    }

    /// Sends the spool of this session's collector now.
    public static func flush(journal: DeletionJournal) async throws(OutputError) -> ScriptExit {
        guard let delivery = await journal.flushAudit(), let audit = journal.audit else {
            Console.error(ConsoleText(.auditNoCollectorConfigured))
            return .usage
        }
        if let failure = delivery.failure {
            Console.error(
                ConsoleText(
                    .auditFlushFailed(
                        collector: audit.collector.display, reason: failure.description, count: delivery.pending)))
            return .apiError
        }
        try Console.out(
            ConsoleText(.auditFlushed(collector: audit.collector.display, count: delivery.delivered.count)))
        return .ok
    }

    /// Reads each machine's chain in a collected file: 0 when every chain is whole, 1 otherwise.
    public static func verify(path: String) throws(OutputError) -> ScriptExit {
        let trail: CollectedTrail
        do { trail = try CollectedTrail.read(path) } catch {
            Console.error("\(error.description)")
            return .notFound
        }
        let reports = ChainVerifier.verify(trail)
        guard !reports.isEmpty else {
            try Console.out(ConsoleText(.auditNoEvents(path: path)))
            return .apiError
        }
        for report in reports {
            try Console.out(
                ConsoleText(
                    .auditChainLine(
                        chain: String(report.chain.prefix(8)), machine: report.machines.joined(separator: ", "),
                        operators: report.operators.joined(separator: ", "), count: report.events)))
            for range in report.missing {
                let text = range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
                try Console.out(ConsoleText(.auditMissing(sequences: text, count: range.count)))
            }
            if !report.edited.isEmpty {
                try Console.out(
                    ConsoleText(
                        .auditEdited(
                            sequences: report.edited.map(String.init).joined(separator: ", "),
                            lines: report.editedLines.map(String.init).joined(separator: ", "),
                            count: report.edited.count)))
            }
            if report.duplicates > 0 { try Console.out(ConsoleText(.auditDuplicates(count: report.duplicates))) }
            if report.passes { try Console.out(ConsoleText(.auditChainWhole(last: report.lastSequence))) }
        }
        let failed = reports.filter { !$0.passes }.count
        try Console.out(
            ConsoleText(failed == 0 ? .auditVerifyPassed(count: reports.count) : .auditVerifyFailed(count: failed)))
        return failed == 0 ? .ok : .apiError
    }

    /// A collected file as the journal's table (or JSON, CSV), filtered as `journal` filters.
    public static func show(
        path: String, format: OutputFormat, filter: JournalFilter, wide: Bool
    ) throws(OutputError) -> ScriptExit {
        guard let entries = collectedEntries(path: path) else { return .notFound }
        return try JournalScripts.list(entries, format: format, filter: filter, wide: wide, timeZone: .current)
    }

    /// The entries of a collected file, for `restore --from-audit`; nil (said) when it cannot be read.
    public static func collectedEntries(path: String) -> [JournalEntry]? {
        do { return CollectedEntries.entries(try CollectedTrail.read(path)) } catch {
            Console.error("\(error.description)")
            return nil
        }
    }
}
