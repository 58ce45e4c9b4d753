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

    func session(
        baseURL: NP6BaseURL, apiKey: APIKey, trustRoots: [String], proxy: ProxySettings?, profile: String?
    ) -> EffectRunner.Session {
        let client = NP6Client(
            configuration: .init(baseURL: baseURL, additionalTrustRoots: trustRoots, proxy: proxy), apiKey: apiKey,
            logger: logger,
            rateLimitObserver: rateLimitObserver)
        let journal = DeletionJournal(
            directory: stateDirectory, host: baseURL.displayHost,
            operatorName: DeletionJournal.currentOperator(environment: environment),
            auditLog: auditLog, profile: profile)
        return EffectRunner.Session(client: client, journal: journal)
    }

    /// A connection the resolver made, with its key.
    func session(for connection: Connection, apiKey: APIKey) -> EffectRunner.Session {
        session(
            baseURL: connection.baseURL, apiKey: apiKey, trustRoots: connection.trustRoots, proxy: connection.proxy,
            profile: connection.profile?.name)
    }
}
