import FoundationEssentials

/// What a TLS handshake showed of the server: the protocol version and its certificate.
public struct TLSPeer: Sendable, Equatable {
    /// `TLS 1.3`, `TLS 1.2`, …
    public var version: String
    public var subject: String
    public var issuer: String
    public var notValidBefore: Date
    public var notValidAfter: Date
    /// The certificate's DNS names and IP addresses (subject alternative names).
    public var dnsNames: [String]
    public var ipAddresses: [String]

    public var isSelfSigned: Bool { subject == issuer }

    /// Whether the certificate names `host`: a DNS name (a leading `*.` matches one label) or an
    /// IP address.
    public func names(_ host: String) -> Bool {
        let host = host.lowercased()
        if ipAddresses.contains(host) { return true }
        return dnsNames.contains { name in
            let name = name.lowercased()
            if name == host { return true }
            guard name.hasPrefix("*."), let dot = host.firstIndex(of: ".") else { return false }
            return host[dot...] == name.dropFirst() && !host[..<dot].isEmpty
        }
    }
}
