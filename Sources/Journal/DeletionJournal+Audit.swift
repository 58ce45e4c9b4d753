import AuditTrail
import FoundationEssentials
import Localization

/// The journal's side of the team's audit trail: each intent and outcome becomes an event,
/// delivered before the write goes on, and the journal says where each event stands (`audit`
/// lines: `spooled`, then `delivered`).
extension DeletionJournal {
    /// An `audit` line: an event and its delivery state.
    struct AuditLine: Encodable {
        let kind = "audit"
        let entry: String
        let event: String
        let phase: String
        let seq: Int?
        let delivery: String
        let collector: String
        let time: String
    }

    /// Delivers the intent (and whatever waited before it). When the collector did not take it
    /// and the profile requires it, the write is refused: the journal and the trail say it was
    /// not sent, and the caller sends nothing.
    func auditIntent(_ record: AuditRecord) async throws(Failure) {
        guard let audit else { return }
        auditRecords.withLock { $0[record.entry] = record }
        let sealed: (event: AuditEvent, delivery: AuditTrail.Delivery)
        do { sealed = try await audit.record(record) } catch {
            try refuse(record, collector: audit.collector, reason: error.description, sealed: false)
            return
        }
        noteSpooled(sealed.event, collector: audit.collector)
        noteDelivered(sealed.delivery, collector: audit.collector)
        guard !sealed.delivery.delivered.contains(where: { $0.eventID == sealed.event.eventID }) else { return }
        let reason = sealed.delivery.failure?.description ?? "not delivered"
        if audit.collector.required {
            try refuse(record, collector: audit.collector, reason: reason, sealed: true)
        } else {
            auditNotice(
                Message.auditSpooled(
                    collector: audit.collector.display, reason: reason, count: sealed.delivery.pending,
                    command: "`np6-subs audit flush`"
                ).text())
        }
    }

    /// The outcome's event, with its intent's description; a collector that does not take it
    /// leaves it in the spool (the write is done: nothing is refused now).
    func auditOutcome(_ line: OutcomeLine) async {
        guard let audit, let intent = auditRecords.withLock({ $0.removeValue(forKey: line.entry) }) else { return }
        let record = intent.outcome(
            time: line.time, result: line.result.text, status: line.status, error: line.error,
            milliseconds: line.milliseconds,
            requestResults: (line.results ?? []).map {
                "\($0.subscriptionID) \($0.result.text) \($0.status.map(String.init) ?? "-")"
            })
        do {
            let sealed = try await audit.record(record)
            noteSpooled(sealed.event, collector: audit.collector)
            noteDelivered(sealed.delivery, collector: audit.collector)
            if !sealed.delivery.delivered.contains(where: { $0.eventID == sealed.event.eventID }) {
                auditNotice(
                    Message.auditSpooled(
                        collector: audit.collector.display,
                        reason: sealed.delivery.failure?.description ?? "not delivered", count: sealed.delivery.pending,
                        command: "`np6-subs audit flush`"
                    ).text())
            }
        } catch {
            auditNotice(Message.auditNotRecorded(entry: line.entry, error: error.description).text())
        }
    }

    /// Sends what the spool holds (at start, and `audit flush`); nil without a collector.
    public func flushAudit() async -> AuditTrail.Delivery? {
        guard let audit else { return nil }
        let delivery = await audit.deliver()
        noteDelivered(delivery, collector: audit.collector)
        return delivery
    }

    /// Not sent: the journal's outcome says so, and so does an outcome event in the spool (the
    /// chain keeps no intent without its end). Then the refusal, naming the collector and why.
    private func refuse(_ record: AuditRecord, collector: AuditCollector, reason: String, sealed: Bool) throws(Failure)
    {
        let error = "not sent: the audit collector \(collector.display) did not take the intent (\(reason))"
        let notSent = OutcomeLine(
            entry: record.entry, time: Self.now(), status: nil, result: .notSent, error: error, milliseconds: 0,
            results: nil)
        try? append(encoded: notSent)
        auditRecords.withLock { _ = $0.removeValue(forKey: record.entry) }
        if sealed, let audit,
            let event = try? audit.ledger.seal(
                record.outcome(
                    time: notSent.time, result: JournalResult.notSent.text, status: nil, error: error, milliseconds: 0,
                    requestResults: []), machine: audit.machine)
        {
            noteSpooled(event.event, collector: collector)
        }
        throw Failure(
            description: Message.auditRefused(
                collector: collector.display, reason: reason, command: "`np6-subs audit flush`"
            ).text(), refusedByAudit: true)
    }

    private func noteSpooled(_ event: AuditEvent, collector: AuditCollector) {
        try? append(
            encoded: AuditLine(
                entry: event.entry, event: event.eventID, phase: event.value("phase") ?? "", seq: event.sequence,
                delivery: "spooled", collector: collector.display, time: Self.now()))
    }

    private func noteDelivered(_ delivery: AuditTrail.Delivery, collector: AuditCollector) {
        for event in delivery.delivered {
            try? append(
                encoded: AuditLine(
                    entry: event.entry, event: event.eventID, phase: event.value("phase") ?? "", seq: event.sequence,
                    delivery: "delivered", collector: collector.display, time: Self.now()),
                sync: false)
        }
    }
}
