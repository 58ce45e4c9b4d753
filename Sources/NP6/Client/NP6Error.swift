/// Everything that can go wrong talking to NP6, each with a sentence a support agent can act on.
/// No case ever holds the API key.
public enum NP6Error: Error, Sendable, Equatable, CustomStringConvertible {
    case unauthorized
    case forbidden
    case notFound(subject: String)
    /// 429; `retryAfter` is the header's value as sent (sanitised), if any.
    case rateLimited(retryAfter: String?)
    case serverError(status: Int, excerpt: String)
    case unexpectedStatus(status: Int, excerpt: String)
    case timeout(seconds: Double)
    case connectionFailed(host: String, reason: String)
    /// The connection broke after the request was sent: the server may or may not have acted.
    case connectionLost(host: String, reason: String)
    case invalidJSON(reason: String, line: Int, column: Int, offset: Int)
    case unexpectedShape(reason: String)
    case responseTooLarge(limitBytes: Int)
    case insecureBaseURL(String)
    case invalidBaseURL(String)
    case invalidAPIKey(reason: String)
    case tooManyRedirects
    case insecureRedirect(String)
    case cancelled

    public var message: String {
        switch self {
        case .unauthorized:
            return "401 Unauthorized: the API key was refused. Check the key file or NP6_API_KEY."
        case .forbidden:
            return "403 Forbidden: this API key is not allowed to do that."
        case .notFound(let subject):
            return "404 Not Found: no such \(subject)."
        case .rateLimited(let retryAfter):
            if let retryAfter { return "429 Too Many Requests: the server asks to wait (Retry-After: \(retryAfter))." }
            return "429 Too Many Requests: the server is rate limiting; try again shortly."
        case .serverError(let status, let excerpt):
            return "Server error \(status)" + (excerpt.isEmpty ? "." : ": \(excerpt)")
        case .unexpectedStatus(let status, let excerpt):
            return "Unexpected HTTP status \(status)" + (excerpt.isEmpty ? "." : ": \(excerpt)")
        case .timeout(let seconds):
            return "Timed out after \(Self.formatSeconds(seconds)) waiting for the server."
        case .connectionFailed(let host, let reason):
            return "Cannot connect to \(host): \(reason)."
        case .connectionLost(let host, let reason):
            return "The connection to \(host) broke before an answer came: \(reason)."
        case .invalidJSON(let reason, let line, let column, let offset):
            return "The server sent invalid JSON: \(reason) at line \(line), column \(column) (byte \(offset))."
        case .unexpectedShape(let reason):
            return "The server's answer has an unexpected shape: \(reason)."
        case .responseTooLarge(let limit):
            return "The answer is larger than the \(limit / (1024 * 1024)) MiB limit; it was not read."
        case .insecureBaseURL(let url):
            return "Refusing \(url): the API must be reached over https (http is allowed only for loopback addresses)."
        case .invalidBaseURL(let url):
            return "Not a usable base URL: \(url)."
        case .invalidAPIKey(let reason):
            return "The API key is not usable: \(reason)."
        case .tooManyRedirects:
            return "Too many redirects."
        case .insecureRedirect(let url):
            return "Refusing a redirect to \(url): not https."
        case .cancelled:
            return "Cancelled."
        }
    }

    public var description: String { message }

    /// After this error, a DELETE may or may not have been carried out: the request may have
    /// reached the server. The caller should say so and fetch again rather than assume.
    public var outcomeIsUnknown: Bool {
        switch self {
        case .timeout, .serverError, .connectionLost, .unexpectedStatus, .responseTooLarge: return true
        default: return false
        }
    }

    /// Whether trying the same request again can give another answer. A 404, a refused key or a
    /// bad URL stays what it is until something else changes: no "press r to retry" after them.
    public var retryMayHelp: Bool {
        switch self {
        case .notFound, .unauthorized, .forbidden, .insecureBaseURL, .invalidBaseURL, .invalidAPIKey,
            .tooManyRedirects, .insecureRedirect, .cancelled, .unexpectedShape, .invalidJSON, .responseTooLarge:
            return false
        case .rateLimited, .serverError, .unexpectedStatus, .timeout, .connectionFailed, .connectionLost:
            return true
        }
    }

    private static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\((seconds * 10).rounded() / 10) s"
    }

    /// The same error with `key` redacted from every text it carries: the one place where a
    /// server's echo of the key is removed before a message reaches a screen, a log or the journal.
    public func redacting(_ key: APIKey) -> NP6Error {
        switch self {
        case .notFound(let subject): .notFound(subject: key.redact(subject))
        case .rateLimited(let retryAfter): .rateLimited(retryAfter: retryAfter.map(key.redact))
        case .serverError(let status, let excerpt): .serverError(status: status, excerpt: key.redact(excerpt))
        case .unexpectedStatus(let status, let excerpt): .unexpectedStatus(status: status, excerpt: key.redact(excerpt))
        case .connectionFailed(let host, let reason): .connectionFailed(host: host, reason: key.redact(reason))
        case .connectionLost(let host, let reason): .connectionLost(host: host, reason: key.redact(reason))
        case .invalidJSON(let reason, let line, let column, let offset):
            .invalidJSON(reason: key.redact(reason), line: line, column: column, offset: offset)
        case .unexpectedShape(let reason): .unexpectedShape(reason: key.redact(reason))
        case .insecureRedirect(let location): .insecureRedirect(key.redact(location))
        case .unauthorized, .forbidden, .timeout, .responseTooLarge, .insecureBaseURL, .invalidBaseURL, .invalidAPIKey,
            .tooManyRedirects,
            .cancelled:
            self
        }
    }
}
