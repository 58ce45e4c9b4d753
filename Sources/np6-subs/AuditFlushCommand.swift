import ArgumentParser
import AuditTrail
import FoundationEssentials
import Journal
import Localization
import Scripts
import StateFolder

/// `np6-subs audit flush`: sends the spool to the collector of the profile in use (no API key
/// is read: nothing goes to NP6).
struct AuditFlushCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "flush", abstract: Message.helpAuditFlushAbstract.text())
    }

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let (resolved, _) = try await connection.resolve(environment: environment, needsKey: false)
        let directory = StatePaths.directory(environment: environment)
        let journal = DeletionJournal(
            directory: directory, host: resolved.baseURL.displayHost,
            operatorName: DeletionJournal.currentOperator(environment: environment), profile: resolved.profile?.name,
            audit: resolved.audit.map { AuditTrail(collector: $0, stateDirectory: directory) })
        try finish(await AuditScripts.flush(journal: journal))
    }
}
