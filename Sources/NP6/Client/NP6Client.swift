import Essentials
import FoundationEssentials
import Logging
import Synchronization

/// The NP6 subscription API: one async method per operation, with the network policy (timeouts,
/// retries of reads, redirects that never carry the key to another host) and human errors.
public final class NP6Client: Sendable {
    public struct Configuration: Sendable {
        public var baseURL: NP6BaseURL
        public var connectTimeout: Duration
        public var requestTimeout: Duration
        public var maximumResponseBytes: Int
        public var retryPolicy: RetryPolicy
        public var maximumRedirects: Int
        /// CA certificates (PEM files or folders) trusted besides the system's: `--ca-file`, a
        /// profile's `ca_file`, `SSL_CERT_FILE`, `SSL_CERT_DIR`.
        public var additionalTrustRoots: [String]
        /// The HTTP proxy to go through (`--proxy`, a profile's `proxy`, `HTTPS_PROXY`…), if any.
        public var proxy: ProxySettings?

        public init(
            baseURL: NP6BaseURL = .production, connectTimeout: Duration = .seconds(10),
            requestTimeout: Duration = .seconds(30),
            maximumResponseBytes: Int = 256 * 1024 * 1024, retryPolicy: RetryPolicy = RetryPolicy(),
            maximumRedirects: Int = 5,
            additionalTrustRoots: [String] = [], proxy: ProxySettings? = nil
        ) {
            self.additionalTrustRoots = additionalTrustRoots
            self.proxy = proxy
            self.baseURL = baseURL
            self.connectTimeout = connectTimeout
            self.requestTimeout = requestTimeout
            self.maximumResponseBytes = maximumResponseBytes
            self.retryPolicy = retryPolicy
            self.maximumRedirects = maximumRedirects
        }
    }

    public static let userAgent = "np6-subs/\(NP6Version.current)"

    public let configuration: Configuration
    private let apiKey: APIKey
    private let transport: any HTTPTransport
    private let logger: Logger
    /// The rate-limit headers of the latest answer that had them.
    private let latestRateLimit = Mutex<RateLimit?>(nil)
    /// Told of every answer's rate-limit headers (the browser shows a quota running low).
    private let rateLimitObserver: (@Sendable (RateLimit) -> Void)?

    public init(
        configuration: Configuration, apiKey: APIKey, transport: (any HTTPTransport)? = nil,
        logger: Logger = Logger(label: "np6", factory: { _ in SwiftLogNoOpLogHandler() }),
        rateLimitObserver: (@Sendable (RateLimit) -> Void)? = nil
    ) {
        self.configuration = configuration
        self.apiKey = apiKey
        self.transport =
            transport
            ?? AsyncHTTPClientTransport(
                connectTimeout: configuration.connectTimeout, additionalTrustRoots: configuration.additionalTrustRoots,
                proxy: configuration.proxy)
        self.logger = logger
        self.rateLimitObserver = rateLimitObserver
    }

    /// The rate-limit headers of the latest answer that had them, if any did.
    public var rateLimit: RateLimit? { latestRateLimit.withLock { $0 } }

    /// Waits as long as the latest rate-limit headers say, so that `requests` more requests do
    /// not run into a 429 (a multi-subscription delete, a restore). Never longer than the retry
    /// policy's longest Retry-After; cancellation ends the wait.
    public func pace(beforeRequests requests: Int) async throws(NP6Error) {
        guard let rateLimit else { return }
        let wait = min(
            rateLimit.pause(beforeRequests: requests, now: Date().timeIntervalSince1970),
            configuration.retryPolicy.maximumRetryAfter)
        guard wait > .zero else { return }
        logger.debug(
            """
            pacing: \(rateLimit.text), waiting \(Self.milliseconds(wait)) ms before the next of \
            \(CountText.of(requests, "request"))
            """
        )
        try await pause(wait)
    }

    public func shutdown() async {
        await transport.shutdown()
    }

    // MARK: The ten operations

    public func subscriptions(contactID: String) async throws(NP6Error) -> [Subscription] {
        try await subscriptionList(.listByContactID(contactID))
    }

    public func deleteSubscriptions(contactID: String) async throws(NP6Error) {
        _ = try await perform(.deleteByContactID(contactID))
    }

    public func subscriptions(unicity: String) async throws(NP6Error) -> [Subscription] {
        try await subscriptionList(.listByUnicity(unicity))
    }

    public func deleteSubscriptions(unicity: String) async throws(NP6Error) {
        _ = try await perform(.deleteByUnicity(unicity))
    }

    public func subscriptions(hash: String) async throws(NP6Error) -> [Subscription] {
        try await subscriptionList(.listByHash(hash))
    }

    public func deleteSubscriptions(hash: String) async throws(NP6Error) {
        _ = try await perform(.deleteByHash(hash))
    }

    public func subscription(id: String) async throws(NP6Error) -> Subscription {
        let json = try await performJSON(.getSubscription(id: id))
        do { return try Subscription(json: json) } catch { throw .unexpectedShape(reason: error.reason) }
    }

    public func deleteSubscription(id: String) async throws(NP6Error) {
        _ = try await perform(.deleteSubscription(id: id))
    }

    /// Creates or replaces a subscription. The body is the subscription's raw JSON, so fields this
    /// client does not know about are sent back as they came.
    @discardableResult
    public func putSubscription(_ subscription: Subscription) async throws(NP6Error) -> Subscription {
        try await putSubscription(json: subscription.raw)
    }

    @discardableResult
    public func putSubscription(json: JSONValue) async throws(NP6Error) -> Subscription {
        let answer = try await performJSON(.putSubscription, body: json.serializedBytes())
        do { return try Subscription(json: answer) } catch { throw .unexpectedShape(reason: error.reason) }
    }

    public func applications() async throws(NP6Error) -> [NotifiableApplication] {
        let json = try await performJSON(.listApplications)
        do { return try NotifiableApplication.list(from: json) } catch { throw .unexpectedShape(reason: error.reason) }
    }

    // MARK: By contact key

    public func subscriptions(of contact: ContactKey) async throws(NP6Error) -> [Subscription] {
        try await subscriptionList(contact.listOperation)
    }

    public func deleteSubscriptions(of contact: ContactKey) async throws(NP6Error) {
        _ = try await perform(contact.deleteOperation)
    }

    // MARK: Policy

    private func subscriptionList(_ operation: NP6Operation) async throws(NP6Error) -> [Subscription] {
        let response = try await perform(operation, prescan: Subscription.notedKeys)
        do {
            return try Subscription.list(fromJSON: response.body, prescanned: response.prescannedElements)
        } catch {
            switch error {
            case .invalidJSON(let failure): throw Self.invalidJSON(failure).redacting(apiKey)
            case .shape(let shape): throw NP6Error.unexpectedShape(reason: shape.reason).redacting(apiKey)
            }
        }
    }

    private func performJSON(_ operation: NP6Operation, body: [UInt8]? = nil) async throws(NP6Error) -> JSONValue {
        let response = try await perform(operation, body: body)
        do {
            return try JSONParser.parse(response.body)
        } catch {
            throw Self.invalidJSON(error).redacting(apiKey)
        }
    }

    private static func invalidJSON(_ failure: JSONParser.Failure) -> NP6Error {
        .invalidJSON(reason: failure.reason, line: failure.line, column: failure.column, offset: failure.offset)
    }

    /// Sends one operation, retrying reads as the policy allows, and returns a 2xx answer. Every
    /// error leaves with the key redacted from its text, whatever the server echoed. `prescan`:
    /// the answer should be a JSON array, validated as it arrives (`HTTPExchangeRequest.prescan`).
    public func perform(_ operation: NP6Operation, body: [UInt8]? = nil, prescan: NotedKeys? = nil)
        async throws(NP6Error)
        -> HTTPExchangeResponse
    {
        do { return try await attempt(operation, body: body, prescan: prescan) } catch { throw error.redacting(apiKey) }
    }

    private func attempt(_ operation: NP6Operation, body: [UInt8]?, prescan: NotedKeys?) async throws(NP6Error)
        -> HTTPExchangeResponse
    {
        let policy = operation.isRetryable ? configuration.retryPolicy : .none
        var attempt = 1
        while true {
            if Task.isCancelled { throw .cancelled }
            let started = ContinuousClock.now
            let response: HTTPExchangeResponse
            do {
                response = try await sendFollowingRedirects(operation, body: body, prescan: prescan)
            } catch let error {
                let elapsed = ContinuousClock.now - started
                logger.debug(
                    """
                    \(operation.method.rawValue) \(operation.pathAndQuery) failed after \
                    \(Self.milliseconds(elapsed)) ms: \(error)
                    """
                )
                if case .connectionFailed = error, attempt < policy.maximumAttempts {
                    try await pause(policy.backoff(afterAttempt: attempt))
                    attempt += 1
                    continue
                }
                throw error
            }
            let elapsed = ContinuousClock.now - started
            logger.debug(
                """
                \(operation.method.rawValue) \(operation.pathAndQuery) -> \(response.status) in \
                \(Self.milliseconds(elapsed)) ms, \
                \(CountText.of(response.body.count, "byte"))\(response.protocolVersion.map { " over \($0)" } ?? "") \
                (attempt \(attempt))
                """
            )
            let now = Date().timeIntervalSince1970
            let observed = RateLimit(headers: response.headers, now: now)
            if let observed {
                logger.debug(
                    """
                    rate limit: X-RateLimit-Limit \(observed.limit.map(String.init) ?? "-"), X-RateLimit-Remaining \
                    \(observed.remaining.map(String.init) ?? "-"), X-RateLimit-Reset in \
                    \(Int(observed.secondsUntilReset(now: now).rounded())) s
                    """
                )
                latestRateLimit.withLock { $0 = observed }
                rateLimitObserver?(observed)
            }
            if (200..<300).contains(response.status) { return response }
            if attempt < policy.maximumAttempts, policy.retryableStatuses.contains(response.status) {
                var delay = policy.backoff(afterAttempt: attempt)
                // A 429 waits as the server says: Retry-After, else the rate limit's reset; a
                // wait beyond the policy's bound is an error now rather than a frozen screen.
                if let header = response.header("Retry-After") {
                    guard let asked = RetryPolicy.retryAfterDelay(header), asked <= policy.maximumRetryAfter else {
                        throw Self.error(for: response, operation: operation, apiKey: apiKey)
                    }
                    delay = asked
                } else if response.status == 429, let observed, observed.resetAt != nil {
                    let asked = Duration.milliseconds(clampingSeconds: observed.secondsUntilReset(now: now))
                    guard asked <= policy.maximumRetryAfter else {
                        throw Self.error(for: response, operation: operation, apiKey: apiKey)
                    }
                    delay = asked
                }
                logger.debug(
                    "retrying \(operation.method.rawValue) \(operation.pathAndQuery) in \(Self.milliseconds(delay)) ms")
                try await pause(delay)
                attempt += 1
                continue
            }
            throw Self.error(for: response, operation: operation, apiKey: apiKey)
        }
    }

    private func pause(_ delay: Duration) async throws(NP6Error) {
        do { try await Task.sleep(for: delay) } catch { throw .cancelled }
    }

    private func sendFollowingRedirects(_ operation: NP6Operation, body: [UInt8]?, prescan: NotedKeys?)
        async throws(NP6Error)
        -> HTTPExchangeResponse
    {
        var url = configuration.baseURL.url(for: operation)
        var method = operation.method.rawValue
        var body = body
        var redirects = 0
        while true {
            let sameOrigin = Self.origin(of: url) == configuration.baseURL.origin
            var headers = [HTTPHeader("User-Agent", Self.userAgent), HTTPHeader("Accept", "application/json")]
            // The key goes to the configured server only, never to whatever a redirect names.
            if sameOrigin { headers.append(HTTPHeader("X-Key", apiKey.headerValue)) }
            if body != nil { headers.append(HTTPHeader("Content-Type", "application/json")) }
            let request = HTTPExchangeRequest(method: method, url: url, headers: headers, body: body, prescan: prescan)
            let response: HTTPExchangeResponse
            do {
                response = try await transport.send(
                    request, timeout: configuration.requestTimeout, maximumBodyBytes: configuration.maximumResponseBytes
                )
            } catch {
                throw mapTransport(error)
            }
            guard [301, 302, 303, 307, 308].contains(response.status), let location = response.header("Location") else {
                return response
            }
            redirects += 1
            guard redirects <= configuration.maximumRedirects else { throw .tooManyRedirects }
            guard let next = URL(string: location, relativeTo: URL(string: url))?.absoluteURL,
                let scheme = next.scheme?.lowercased(),
                let host = next.host, let components = URLComponents(url: next, resolvingAgainstBaseURL: true)
            else { throw .unexpectedStatus(status: response.status, excerpt: "redirect to an unreadable location") }
            if let problem = URLCheck.problem(components), scheme == "https" || scheme == "http" {
                throw .unexpectedStatus(status: response.status, excerpt: "redirect to a location with \(problem)")
            }
            guard scheme == "https" || (scheme == "http" && NP6BaseURL.isLoopback(host: host)) else {
                throw .insecureRedirect(UntrustedText.sanitized(next.absoluteString))
            }
            logger.debug("following redirect \(response.status) to \(UntrustedText.sanitized(next.absoluteString))")
            url = next.absoluteString
            if response.status == 303 {
                method = "GET"
                body = nil
            }
        }
    }

    private func mapTransport(_ error: TransportError) -> NP6Error {
        let host = configuration.baseURL.displayHost
        switch error {
        case .timeout: return .timeout(seconds: configuration.requestTimeout.seconds)
        // A TLS failure is one of connecting, as people read it: nothing was sent.
        case .connectionFailed(let reason), .tlsFailed(let reason), .proxyFailed(let reason):
            return .connectionFailed(host: host, reason: reason)
        case .connectionLost(let reason): return .connectionLost(host: host, reason: reason)
        case .bodyTooLarge: return .responseTooLarge(limitBytes: configuration.maximumResponseBytes)
        case .cancelled: return .cancelled
        }
    }

    static func origin(of url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            let host = components.host
        else { return nil }
        var bare = host.lowercased()
        if bare.hasPrefix("[") && bare.hasSuffix("]") { bare = String(bare.dropFirst().dropLast()) }
        let hostPart = bare.contains(":") ? "[\(bare)]" : bare
        return "\(scheme)://\(hostPart)" + (components.port.map { ":\($0)" } ?? "")
    }

    static func error(for response: HTTPExchangeResponse, operation: NP6Operation, apiKey: APIKey) -> NP6Error {
        let excerpt = UntrustedText.excerpt(ofBody: response.body, redact: apiKey.redact)
        switch response.status {
        case 401: return .unauthorized
        case 403: return .forbidden
        case 404: return .notFound(subject: operation.notFoundSubject)
        case 429: return .rateLimited(retryAfter: response.header("Retry-After").map { UntrustedText.sanitized($0) })
        case 500..<600: return .serverError(status: response.status, excerpt: excerpt)
        default: return .unexpectedStatus(status: response.status, excerpt: excerpt)
        }
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int((duration.seconds * 1000).rounded())
    }
}
