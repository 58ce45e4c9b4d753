import Browser
import Journal
import Logging
import NP6
import Settings

/// What `P` needs to move the session to another profile: the config's profiles, and how to
/// build the client and journal of one (reading its key, running its command if it has one).
struct ProfileSwitcher: Sendable {
    let profiles: [Profile]
    let environment: [String: String]
    let stateDirectory: String
    let auditLog: String?
    let browserEnvironment: BrowserEnvironment
    let logger: Logger
    let rateLimitObserver: @Sendable (RateLimit) -> Void

    func session(for name: String) async -> Result<(EffectRunner.Session, BrowserConnection), UsageError> {
        guard let profile = profiles.first(where: { $0.name == name }) else { return .failure(UsageError("no profile \"\(name)\"")) }
        do throws(UsageError) {
            let connection = try await ConnectionResolver.plan(profile: profile, environment: environment).connect(environment: environment)
            let key = try connection.requiredKey()
            let client = NP6Client(configuration: connection.clientConfiguration, apiKey: key, logger: logger, rateLimitObserver: rateLimitObserver)
            let journal = DeletionJournal(
                directory: stateDirectory, host: connection.baseURL.displayHost,
                operatorName: DeletionJournal.currentOperator(environment: environment), auditLog: auditLog, profile: profile.name)
            let shown = browserEnvironment.connection(for: Self.choice(profile), baseURL: connection.baseURL)
            return .success((EffectRunner.Session(client: client, journal: journal), shown))
        } catch {
            return .failure(error)
        }
    }

    /// A profile as the browser shows it: never its key, only the kind of its source.
    static func choice(_ profile: Profile) -> ProfileChoice {
        let host = (try? NP6BaseURL(profile.baseURL ?? ConnectionResolver.defaultBaseURL))?.displayHost ?? profile.baseURL ?? "?"
        return ProfileChoice(
            name: profile.name, label: profile.label, host: host, keySourceKind: profile.keySource.kind, production: profile.production,
            readOnly: profile.readOnly)
    }
}
