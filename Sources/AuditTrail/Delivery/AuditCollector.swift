/// Where the audit trail goes, as a profile's (or the config's) `audit:` section says: a syslog
/// collector over TLS (RFC 5425, port 6514) or plain TCP (RFC 6587 octet counting) on a trusted
/// network, with the CA that signed it and, for mutual TLS, a client certificate and key.
public struct AuditCollector: Sendable, Equatable {
    public enum Transport: String, Sendable, Equatable {
        case tls
        case tcp
    }

    public var transport: Transport
    public var host: String
    public var port: Int
    /// The CA that signed the collector's certificate (PEM): the only one trusted for it when
    /// given; else the system's.
    public var caFile: String?
    public var certificateFile: String?
    public var keyFile: String?
    /// Whether a write is refused when its intent cannot be delivered (fail-closed).
    public var required: Bool
    /// How long a delivery may take, connection and handshake included.
    public var timeout: Duration

    public init(
        transport: Transport, host: String, port: Int, caFile: String? = nil, certificateFile: String? = nil,
        keyFile: String? = nil, required: Bool, timeout: Duration = .seconds(5)
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

    /// `tls://collector.example.com:6514`, as the messages name it.
    public var display: String {
        let bracketed = host.contains(":") ? "[\(host)]" : host
        return "\(transport.rawValue)://\(bracketed):\(port)"
    }

    /// Reads `tls://host[:port]` or `tcp://host[:port]` (an IPv6 address in brackets); nil with
    /// anything else. The ports default to 6514 (RFC 5425) and 514.
    public static func parse(_ text: String) -> (transport: Transport, host: String, port: Int)? {
        guard let separator = text.firstRange(of: "://"),
            let transport = Transport(rawValue: text[..<separator.lowerBound].lowercased())
        else { return nil }
        var rest = Substring(text[separator.upperBound...])
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        var host: Substring
        var portText: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            host = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return nil }
                portText = after.dropFirst()
            }
        } else {
            let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count <= 2 else { return nil }
            host = parts[0]
            portText = parts.count == 2 ? parts[1] : nil
        }
        guard !host.isEmpty, !host.contains(where: { $0 == "/" || $0 == "@" || $0 == "?" || $0 == " " }) else {
            return nil
        }
        let port = portText.map { Int($0) } ?? (transport == .tls ? 6514 : 514)
        guard let port, (1...65535).contains(port) else { return nil }
        return (transport, String(host), port)
    }
}
