import ArgumentParser
import Foundation
import NP6
import Scripts
import Search

struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract:
            """
            List the deletion journal, newest first: when, whom, what, how many, the outcome and the reason \
            (entries without an outcome: outcome unknown).
            """
    )

    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @Flag(help: "Show every column in full: the operator, the host and the requests too.") var wide = false
    @Option(help: "Only entries about this contact (part of its unicity, hash or id; any case).") var contact: String?
    @Option(help: "Only entries since this local date (2024-01-15, 2024-01, 2024) or age (7d, 12h, 2w).") var since:
        String?
    @Option(help: "Only entries sent to this host (part of its name).") var host: String?
    @Option(help: "Only entries recorded under this config profile.") var profile: String?
    @Option(
        name: .customLong("run"),
        help: ArgumentHelp("Only the entries of this batch run (delete --from-file prints its id).", valueName: "run"))
    var runID: String?
    @Flag(help: "The journal of the --demo sessions (kept apart from the real one).") var demo = false

    func validate() throws {
        if let since, sinceInstant(since) == nil {
            throw ValidationError(
                "--since takes a date (2024-01-15, 2024-01, 2024) or an age (7d, 12h, 2w, 6m, 1y), not \"\(since)\".")
        }
    }

    func sinceInstant(_ text: String) -> Double? {
        SearchQuery.instant(
            since: text.trimmingCharacters(in: .whitespaces), now: Date().timeIntervalSince1970, timeZone: .current)
    }

    func run() throws {
        let filter = JournalFilter(
            contact: contact, since: since.flatMap(sinceInstant), host: host, profile: profile, run: runID)
        let journal = ScriptContext.journalOnly(environment: ProcessInfo.processInfo.environment, demo: demo)
        try finish(JournalScripts.list(format: format, filter: filter, wide: wide, journal: journal))
    }
}
