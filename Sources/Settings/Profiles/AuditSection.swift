import AuditTrail

/// An `audit:` section of the config, at the top (for every profile without one of its own) or
/// in a profile: the collector as written, and `required` only when the file says it.
public struct AuditSection: Sendable, Equatable {
    /// Where and how to deliver; its `required` is settled by `collector(production:)`.
    public var destination: AuditCollector
    /// Nil when not written: then a production profile requires the collector, others do not.
    public var required: Bool?

    public init(destination: AuditCollector, required: Bool? = nil) {
        self.destination = destination
        self.required = required
    }

    /// The collector for a session on a profile that is (or is not) production.
    public func collector(production: Bool) -> AuditCollector {
        var collector = destination
        collector.required = required ?? production
        return collector
    }
}
