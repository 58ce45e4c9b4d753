import ArgumentParser
import FoundationEssentials
import Localization
import Scripts
import StateFolder

/// `np6-subs audit status`: what waits in the spool, for every collector this state folder used.
struct AuditStatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "status", abstract: Message.helpAuditStatusAbstract.text())
    }

    func run() throws {
        let directory = StatePaths.directory(environment: ProcessInfo.processInfo.environment)
        try finish(AuditScripts.status(stateDirectory: directory))
    }
}
