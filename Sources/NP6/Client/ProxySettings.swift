import FoundationEssentials
import Localization

/// An HTTP proxy the client goes through: https requests through a CONNECT tunnel, so the proxy
/// sees the host and port but never `X-Key`. Credentials come from the URL's userinfo (Basic)
/// and are never shown: `display` is the proxy without them.
public struct ProxySettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    /// Where it was configured, for messages: `--proxy`, `HTTPS_PROXY`, `profile "corp"`.
    public var origin: String

    /// `http://[user:password@]host[:port]` (curl's default port, 1080, when none is given).
    public init(url text: String, origin: String) throws(NP6Error) {
        let withScheme = text.contains("://") ? text : "http://" + text
        guard let components = URLComponents(string: withScheme), let host = components.host, !host.isEmpty else {
            throw .invalidBaseURL(
                Message.proxyNotAURL(origin: origin, text: UntrustedText.sanitized(Self.hidingCredentials(text))).text()
            )
        }
        guard components.scheme?.lowercased() == "http" else {
            throw .invalidBaseURL(Message.proxyOnlyHTTP(origin: origin).text())
        }
        // Range-checked as a base URL's port is: the HTTP stack keeps 16 bits of it, so 68664
        // would connect to 3128 and send the credentials there.
        let port = components.port ?? 1080
        guard (1...65_535).contains(port) else {
            throw .invalidBaseURL(Message.proxyPortOutOfRange(origin: origin, port: "\(port)").text())
        }
        self.host = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        self.port = port
        self.username = components.percentEncodedUser.flatMap(PercentEncoding.decode)
        self.password = components.percentEncodedPassword.flatMap(PercentEncoding.decode)
        self.origin = origin
    }

    /// `http://proxy.example:3128`, never with the credentials.
    public var display: String {
        "http://" + (host.contains(":") ? "[\(host)]" : host) + ":\(port)"
    }

    public var hasCredentials: Bool { username != nil }

    /// A proxy URL as it may be shown: `http://…@proxy:3128`.
    public static func hidingCredentials(_ url: String) -> String {
        guard let at = url.lastIndex(of: "@") else { return url }
        let scheme = url.firstRange(of: "://").map { String(url[..<$0.upperBound]) } ?? ""
        return scheme + "…" + url[at...]
    }
}
