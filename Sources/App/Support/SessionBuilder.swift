import AuditTrail
import Journal
import Logging
import NP6
import Settings

/// Builds what a session talks through: the client and the journal for one connection. The
/// session the browser starts on and every profile `P` switches to are built here alike.
struct SessionBuilder: Sendable {
    let environment: [String: String]
    let stateDirectory: String
    let auditLog: String?
    let logger: Logger
    let rateLimitObserver: @Sendable (RateLimit) -> Void
    /// Told when an audit event waits in the spool: the browser shows it in a band.
    let auditNotice: @Sendable (String) -> Void

    func session(
        baseURL: NP6BaseURL, apiKey: APIKey, trustRoots: [String], proxy: ProxySettings?, profile: String?,
        audit: AuditCollector?
    ) -> EffectRunner.Session {
        let client = NP6Client(
            configuration: .init(baseURL: baseURL, additionalTrustRoots: trustRoots, proxy: proxy), apiKey: apiKey,
            logger: logger,
            rateLimitObserver: rateLimitObserver)
        let journal = DeletionJournal(
            directory: stateDirectory, host: baseURL.displayHost,
            operatorName: DeletionJournal.currentOperator(environment: environment),
            auditLog: auditLog, profile: profile,
            audit: audit.map { AuditTrail(collector: $0, stateDirectory: stateDirectory) }, auditNotice: auditNotice)
        return EffectRunner.Session(client: client, journal: journal)
    }

    /// A connection the resolver made, with its key.
    func session(for connection: Connection, apiKey: APIKey) -> EffectRunner.Session {
        session(
            baseURL: connection.baseURL, apiKey: apiKey, trustRoots: connection.trustRoots, proxy: connection.proxy,
            profile: connection.profile?.name, audit: connection.audit)
    }
}
