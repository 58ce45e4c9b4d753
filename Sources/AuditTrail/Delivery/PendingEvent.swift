/// An event in the spool: sealed, not yet acknowledged by the collector.
public struct PendingEvent: Sendable, Equatable {
    /// The spool file that holds it.
    public var path: String
    public var message: SyslogMessage
    public var event: AuditEvent
}
