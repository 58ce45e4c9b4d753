import AuditTrail
import FoundationEssentials
import Glibc
import Journal
import Localization
import NP6
import Settings
import StateFolder

/// What every subcommand needs: a client, the journal, and where to write.
public struct ScriptContext: Sendable {
    public let client: NP6Client
    public let journal: DeletionJournal
    public let environment: [String: String]
    public let timeZone: LocalTimeZone

    /// The host requests go to, as the journal records it.
    public let host: String
    /// The config profile in use, as the journal records it.
    public let profile: String?
    /// Whether that profile is marked production: a confirmation asks for its name, not `yes`.
    public let production: Bool

    /// The connection the resolver made (server, trust, proxy, profile) with its key;
    /// `auditLog`: a file that receives every journal line too (`--audit-log`).
    public init(connection: Connection, apiKey: APIKey, environment: [String: String], auditLog: String? = nil) {
        client = NP6Client(configuration: connection.clientConfiguration, apiKey: apiKey)
        host = connection.baseURL.displayHost
        profile = connection.profile?.name
        production = connection.profile?.production ?? false
        let directory = StatePaths.directory(environment: environment)
        journal = DeletionJournal(
            directory: directory, host: host,
            operatorName: DeletionJournal.currentOperator(environment: environment), auditLog: auditLog,
            profile: profile, audit: connection.audit.map { AuditTrail(collector: $0, stateDirectory: directory) },
            auditNotice: { Console.error("\($0)") })
        self.environment = environment
        timeZone = .current
    }

    /// The context for commands that only read the journal (no key needed).
    /// The journal alone, to read: the real one, or the `--demo` sessions' (kept apart in the
    /// state folder's `demo`, so that no sandbox delete ever mixes with production's).
    public static func journalOnly(environment: [String: String], demo: Bool = false) -> DeletionJournal {
        DeletionJournal(
            directory: demo
                ? StatePaths.demoDirectory(environment: environment) : StatePaths.directory(environment: environment),
            host: "",
            operatorName: DeletionJournal.currentOperator(environment: environment))
    }

    /// `on api-cm.np6.com (profile acme-prod)`, or `(no profile)`: where the writes go, as a
    /// batch's plan and every question before a write say it.
    var place: String {
        (profile.map { Message.placeWithProfile(host: host, profile: $0) } ?? .placeWithoutProfile(host: host)).text()
    }

    /// What a confirmation on the terminal asks to type.
    var confirmationPolicy: ConfirmationPolicy { ConfirmationPolicy(profile: profile, production: production) }

    /// Application names by id; empty when the key may not list them (UUIDs are shown then).
    func applicationNames() async -> [String: String] {
        guard let applications = try? await client.applications() else { return [:] }
        var names: [String: String] = [:]
        for application in applications { if let name = application.name { names[application.id] = name } }
        return names
    }
}
