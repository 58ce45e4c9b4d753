import ArgumentParser
import Localization
import Scripts

/// `np6-subs audit show FILE`: a collected file as the journal's table, every machine's writes.
struct AuditShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: Message.helpAuditShowAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.helpAuditFile.text())) var file: String
    @Option(help: ArgumentHelp(Message.helpJournalFormat.text())) var format: OutputFormat = .table
    @Flag(help: ArgumentHelp(Message.helpJournalWide.text())) var wide = false
    @Option(help: ArgumentHelp(Message.helpJournalContact.text())) var contact: String?
    @Option(name: .customLong("operator"), help: ArgumentHelp(Message.helpAuditOperator.text()))
    var operatorName: String?
    @Option(help: ArgumentHelp(Message.helpJournalSince.text())) var since: String?
    @Option(help: ArgumentHelp(Message.helpJournalProfile.text())) var profile: String?
    @Option(
        name: .customLong("run"),
        help: ArgumentHelp(Message.helpJournalRunID.text(), valueName: "run"))
    var runID: String?

    func validate() throws {
        try JournalCommand.validate(since: since)
    }

    func run() throws {
        let filter = JournalFilter(
            contact: contact, since: since.flatMap(JournalCommand.sinceInstant), profile: profile, run: runID,
            operatorName: operatorName)
        try finish(AuditScripts.show(path: file, format: format, filter: filter, wide: wide))
    }
}
