import ArgumentParser
import Localization

/// `np6-subs audit status|flush|verify|show`: the team's audit trail (docs/audit.md).
struct AuditCommand: ParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "audit", abstract: Message.helpAuditAbstract.text(),
            subcommands: [
                AuditStatusCommand.self, AuditFlushCommand.self, AuditVerifyCommand.self, AuditShowCommand.self,
            ])
    }
}
