import ArgumentParser
import Localization
import Scripts

/// `np6-subs audit verify FILE`: each machine's chain in a collected file.
struct AuditVerifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "verify", abstract: Message.helpAuditVerifyAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.helpAuditFile.text())) var file: String

    func run() throws {
        try finish(AuditScripts.verify(path: file))
    }
}
