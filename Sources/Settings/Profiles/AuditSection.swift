import AuditTrail

/// An `audit:` section of the config, at the top (for every profile without one of its own) or
/// in a profile: the collector, its trust, and whether a write needs it.
public struct AuditSection: Sendable, Equatable {
    public var transport: AuditCollector.Transport
    public var host: String
    public var port: Int
    public var caFile: String?
    public var certificateFile: String?
    public var keyFile: String?
    /// Nil when not written: then a production profile requires the collector, others do not.
    public var required: Bool?
    public var timeout: Duration

    public init(
        transport: AuditCollector.Transport, host: String, port: Int, caFile: String? = nil,
        certificateFile: String? = nil, keyFile: String? = nil, required: Bool? = nil,
        timeout: Duration = .seconds(5)
    ) {
        self.transport = transport
        self.host = host
        self.port = port
        self.caFile = caFile
        self.certificateFile = certificateFile
        self.keyFile = keyFile
        self.required = required
        self.timeout = timeout
    }

    /// The collector for a session on a profile that is (or is not) production.
    public func collector(production: Bool) -> AuditCollector {
        AuditCollector(
            transport: transport, host: host, port: port, caFile: caFile, certificateFile: certificateFile,
            keyFile: keyFile, required: required ?? production, timeout: timeout)
    }
}
