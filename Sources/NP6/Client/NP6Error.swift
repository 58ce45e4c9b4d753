import Localization

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

    /// The sentence in the program's language, for a person.
    public var message: String { words.text() }

    /// The sentence as the journal, the audit log and the batch's JSON lines record it: English
    /// in every language, so that a file a team shares reads the same whoever wrote it.
    /// (Built under English too, so that its numbers are written the English way.)
    public var recordedMessage: String { Localization.with(.english) { words.text() } }

    /// The transport's reasons, which an error keeps in English, in the program's language.
    static let transportReasons: [String: Message] = Dictionary(
        [
            Message.reasonConnectTimeout, .reasonServerClosed, .reasonRefused, .reasonUnknownHost, .reasonUnreachable,
            .reasonReset,
        ].map { ($0.text(in: .english), $0) }, uniquingKeysWith: { first, _ in first })

    static func spoken(_ reason: String) -> String {
        guard Localization.current != .english, let message = transportReasons[reason] else { return reason }
        return message.text()
    }

    /// The sentence, from the catalog.
    public var words: Message {
        switch self {
        case .unauthorized: .errorUnauthorized(variable: "NP6_API_KEY")
        case .forbidden: .errorForbidden
        case .notFound(let subject):
            switch subject {
            case "contact": .errorNotFoundContact
            case "subscription": .errorNotFoundSubscription
            case "resource": .errorNotFoundResource
            default: .errorNotFoundOther(subject: subject)
            }
        case .rateLimited(let retryAfter?): .errorRateLimitedWait(retryAfter: retryAfter)
        case .rateLimited: .errorRateLimited
        case .serverError(let status, let excerpt):
            excerpt.isEmpty
                ? .errorServer(status: "\(status)") : .errorServerExcerpt(status: "\(status)", excerpt: excerpt)
        case .unexpectedStatus(let status, let excerpt):
            excerpt.isEmpty
                ? .errorUnexpectedStatus(status: "\(status)")
                : .errorUnexpectedStatusExcerpt(status: "\(status)", excerpt: excerpt)
        case .timeout(let seconds): .errorTimeout(seconds: Self.formatSeconds(seconds))
        case .connectionFailed(let host, let reason): .errorConnectionFailed(host: host, reason: Self.spoken(reason))
        case .connectionLost(let host, let reason): .errorConnectionLost(host: host, reason: Self.spoken(reason))
        case .invalidJSON(let reason, let line, let column, let offset):
            .errorInvalidJSON(reason: reason, line: line, column: column, offset: offset)
        case .unexpectedShape(let reason): .errorUnexpectedShape(reason: reason)
        case .responseTooLarge(let limit): .errorResponseTooLarge(limit: limit / (1024 * 1024))
        case .insecureBaseURL(let url): .errorInsecureBaseURL(url: url)
        case .invalidBaseURL(let url): .errorInvalidBaseURL(url: url)
        case .invalidAPIKey(let reason): .errorInvalidAPIKey(reason: reason)
        case .tooManyRedirects: .errorTooManyRedirects
        case .insecureRedirect(let url): .errorInsecureRedirect(url: url)
        case .cancelled: .errorCancelled
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
        // The decimal mark is the language's (2.5 s, 2,5 s).
        seconds == seconds.rounded()
            ? "\(Int(seconds)) s"
            : "\(NumberText.decimal(seconds, fractionDigits: 1)) s"
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
