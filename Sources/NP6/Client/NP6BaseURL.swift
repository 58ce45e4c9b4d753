import Essentials
import FoundationEssentials

/// Where the API lives. `https` is required, except on loopback addresses, where the sandbox
/// runs over plain `http`: an API key must never cross a network in clear text.
public struct NP6BaseURL: Sendable, Hashable, CustomStringConvertible {
    public static let production = try! NP6BaseURL("https://api-cm.np6.com")

    public let scheme: String
    public let host: String
    public let port: Int?

    /// The port a connection goes to: the URL's, or its scheme's default.
    public var connectPort: Int { port ?? (scheme == "https" ? 443 : 80) }
    /// A path prefix without a trailing slash ("" for none).
    public let pathPrefix: String

    public init(_ text: String) throws(NP6Error) {
        guard let components = URLComponents(string: text.trimmingWhitespace()),
            let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        else { throw .invalidBaseURL(UntrustedText.sanitized(text)) }
        guard components.query == nil, components.fragment == nil, URLCheck.problem(components) == nil else {
            throw .invalidBaseURL(UntrustedText.sanitized(text))
        }
        let unbracketedHost = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        switch scheme {
        case "https": break
        case "http":
            guard Self.isLoopback(host: unbracketedHost) else { throw .insecureBaseURL(UntrustedText.sanitized(text)) }
        default: throw .invalidBaseURL(UntrustedText.sanitized(text))
        }
        self.scheme = scheme
        self.host = unbracketedHost.lowercased()
        self.port = components.port
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        self.pathPrefix = path
    }

    /// 127.0.0.0/8, ::1 and localhost.
    public static func isLoopback(host: String) -> Bool {
        let lower = host.lowercased()
        if lower == "localhost" || lower == "::1" || lower == "0:0:0:0:0:0:0:1" { return true }
        let octets = lower.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }

    /// `scheme://host[:port]`, which identifies whom the key may be sent to.
    public var origin: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(hostPart)" + (port.map { ":\($0)" } ?? "")
    }

    /// The host as a person would name it in the header: `api-cm.np6.com` or `127.0.0.1:8080`.
    public var displayHost: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return hostPart + (port.map { ":\($0)" } ?? "")
    }

    public func url(for operation: NP6Operation) -> String {
        origin + pathPrefix + operation.pathAndQuery
    }

    public var description: String { origin + pathPrefix }
}
