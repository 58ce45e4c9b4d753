import Essentials
import FoundationEssentials
import Glibc

/// `NO_PROXY` with curl's semantics: a comma list of host names (a name matches itself and its
/// subdomains; a leading `.` or `*.` is the same), IP addresses, CIDR ranges, and `*` for all.
/// Loopback is not special: it is bypassed only when the list names it.
public struct NoProxyList: Sendable, Equatable {
    public let entries: [String]

    public init(_ text: String) {
        entries = text.split(separator: ",").map { String($0).trimmingWhitespace().lowercased() }.filter {
            !$0.isEmpty
        }
    }

    /// Whether requests to `host` go direct.
    public func bypasses(_ host: String) -> Bool {
        var host = host.lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        let hostAddress = Self.addressBytes(host)
        for entry in entries {
            if entry == "*" { return true }
            if let slash = entry.firstIndex(of: "/") {
                guard let address = hostAddress, let network = Self.addressBytes(String(entry[..<slash])),
                    network.count == address.count,
                    let bits = Int(entry[entry.index(after: slash)...]), (0...(network.count * 8)).contains(bits)
                else { continue }
                if Self.prefix(address, network, bits: bits) { return true }
                continue
            }
            var name = entry
            if name.hasPrefix("["), let close = name.firstIndex(of: "]") {
                name = String(name[name.index(after: name.startIndex)..<close])
            }
            if let address = Self.addressBytes(name) {
                if address == hostAddress { return true }
                continue
            }
            // A port after a name is ignored, as curl did before 7.86.
            if let colon = name.lastIndex(of: ":") { name = String(name[..<colon]) }
            while name.hasPrefix("*") || name.hasPrefix(".") { name.removeFirst() }
            if !name.isEmpty, host == name || host.hasSuffix("." + name) { return true }
        }
        return false
    }

    /// The bytes of an IPv4 or IPv6 address, or nil for a name.
    static func addressBytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: v6) { Array($0) } }
        return nil
    }

    static func prefix(_ address: [UInt8], _ network: [UInt8], bits: Int) -> Bool {
        for bit in 0..<bits {
            let mask = UInt8(0x80) >> UInt8(bit % 8)
            if address[bit / 8] & mask != network[bit / 8] & mask { return false }
        }
        return true
    }
}
