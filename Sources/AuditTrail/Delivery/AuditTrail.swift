import Glibc
import Synchronization

/// The team's audit trail for one state folder: every write's events sealed into the ledger
/// (write-ahead, in the spool) and delivered to the collector, oldest first. Deliveries in one
/// process send disjoint sets (a batch writes several contacts at once); two processes may send an
/// event twice, which the collector's reader takes as a harmless duplicate (same event id).
public final class AuditTrail: Sendable {
    public let collector: AuditCollector
    public let ledger: AuditLedger
    /// This machine's name, as every event says it.
    public let machine: String
    private let inFlight = Mutex<Set<String>>([])

    public init(collector: AuditCollector, stateDirectory: String, machine: String = AuditTrail.hostName()) {
        self.collector = collector
        ledger = AuditLedger(stateDirectory: stateDirectory, collector: collector)
        self.machine = machine
    }

    /// What a delivery did: the events the collector took, and why the rest are still spooled.
    public struct Delivery: Sendable {
        public var delivered: [AuditEvent]
        public var failure: AuditFailure?
        /// Events still waiting after it.
        public var pending: Int
    }

    /// Sends what the spool holds, except what another delivery of this process is sending, but
    /// always `including` (an event just sealed, whose delivery decides whether its write goes on).
    public func deliver(including eventID: String? = nil) async -> Delivery {
        let batch = inFlight.withLock { sending in
            let waiting = ledger.pending().filter { !sending.contains($0.event.eventID) || $0.event.eventID == eventID }
            sending.formUnion(waiting.map(\.event.eventID))
            return waiting
        }
        defer { inFlight.withLock { $0.subtract(batch.map(\.event.eventID)) } }
        guard !batch.isEmpty else { return Delivery(delivered: [], failure: nil, pending: ledger.pending().count) }
        do {
            try await SyslogSender.send(batch.map(\.message), to: collector)
        } catch {
            return Delivery(delivered: [], failure: error, pending: ledger.pending().count)
        }
        for event in batch { ledger.remove(event) }
        return Delivery(delivered: batch.map(\.event), failure: nil, pending: ledger.pending().count)
    }

    /// Seals `record` into the spool, then delivers the spool; the returned delivery says whether
    /// this event reached the collector.
    public func record(_ record: AuditRecord) async throws(AuditFailure) -> (event: AuditEvent, delivery: Delivery) {
        let sealed = try ledger.seal(record, machine: machine)
        return (sealed.event, await deliver(including: sealed.event.eventID))
    }

    /// The short host name (`gethostname`), or `localhost` when there is none.
    public static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }
}
