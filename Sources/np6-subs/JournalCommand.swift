import ArgumentParser
import FoundationEssentials
import Localization
import NP6
import Scripts
import Search

struct JournalCommand: ParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "journal",
            abstract:
                Message.helpJournalAbstract.text()
        )
    }

    @Option(help: ArgumentHelp(Message.helpJournalFormat.text())) var format: OutputFormat = .table
    @Flag(help: ArgumentHelp(Message.helpJournalWide.text())) var wide = false
    @Option(help: ArgumentHelp(Message.helpJournalContact.text())) var contact: String?
    @Option(help: ArgumentHelp(Message.helpJournalSince.text())) var since: String?
    @Option(help: ArgumentHelp(Message.helpJournalHost.text())) var host: String?
    @Option(help: ArgumentHelp(Message.helpJournalProfile.text())) var profile: String?
    @Option(
        name: .customLong("run"),
        help: ArgumentHelp(Message.helpJournalRunID.text(), valueName: "run"))
    var runID: String?
    @Flag(help: ArgumentHelp(Message.helpJournalDemo.text())) var demo = false

    func validate() throws {
        try Self.validate(since: since)
    }

    /// `--since` as `journal` and `audit show` read it: a usage error when it names no instant.
    static func validate(since: String?) throws {
        if let since, sinceInstant(since) == nil {
            throw ValidationError(Message.usageSince(since: since).text())
        }
    }

    static func sinceInstant(_ text: String) -> Double? {
        SearchQuery.instant(
            since: text.trimmingWhitespace(), now: Date().timeIntervalSince1970, timeZone: .current)
    }

    func run() throws {
        let filter = JournalFilter(
            contact: contact, since: since.flatMap(Self.sinceInstant), host: host, profile: profile, run: runID)
        let journal = ScriptContext.journalOnly(environment: ProcessInfo.processInfo.environment, demo: demo)
        try finish(JournalScripts.list(format: format, filter: filter, wide: wide, journal: journal))
    }
}
