import FoundationEssentials
import Localization

/// The one check every URL passes before it reaches the HTTP stack, whether it came from
/// `--base-url`, `NP6_BASE_URL` or a redirect's `Location`: the stack traps on some malformed
/// URLs (a port out of range), so nothing malformed may reach it.
enum URLCheck {
    /// Why `components` cannot be requested, or nil when it can.
    static func problem(_ components: URLComponents) -> String? {
        guard let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http" else {
            return Message.urlNotHTTP.text()
        }
        guard let host = components.host, !host.isEmpty else { return Message.urlNoHost.text() }
        guard isValidHost(host) else { return Message.urlInvalidHost.text() }
        if let port = components.port, !(1...65_535).contains(port) { return Message.urlPortOutOfRange.text() }
        if components.user != nil || components.password != nil { return Message.urlCredentials.text() }
        return nil
    }

    /// A DNS name or IPv4 address (letters, digits, `-` and `.`), or an IPv6 address in brackets.
    static func isValidHost(_ host: String) -> Bool {
        if host.hasPrefix("[") && host.hasSuffix("]") {
            let inner = host.dropFirst().dropLast()
            return !inner.isEmpty
                && inner.unicodeScalars.allSatisfy { $0 == ":" || $0 == "." || $0.properties.isASCIIHexDigit }
        }
        return host.count <= 253
            && host.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == ".")
            }
    }
}
